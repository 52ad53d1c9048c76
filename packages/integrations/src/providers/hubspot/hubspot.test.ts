import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { hubspot } from './index.js';

const server = providerServer();
const api = 'https://api.hubapi.com/crm/v3/objects/contacts';
// https://developers.hubspot.com/docs/api/crm/contacts (trimmed)
const contact = { id: '512', properties: { email: 'bcooper@biglytics.net', firstname: 'Bryan', lastname: 'Cooper', createdate: '2024-01-01T00:00:00Z' }, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z', archived: false };
const mapped = { id: '512', properties: contact.properties, createdAt: contact.createdAt, updatedAt: contact.updatedAt };

describe('hubspot', () => {
  it('create_contact posts properties; a 409 duplicate is provider_error with its category', async () => {
    const seen = respond(server, 'post', api, contact, 201);
    expect(await run(hubspot, 'create_contact', { email: 'bcooper@biglytics.net', firstname: 'Bryan', lastname: 'Cooper' })).toEqual(mapped);
    expect(seen[0]!.body).toEqual({ properties: { email: 'bcooper@biglytics.net', firstname: 'Bryan', lastname: 'Cooper' } });
    respond(server, 'post', api, { status: 'error', message: 'Contact already exists. Existing ID: 512', category: 'CONFLICT' }, 409);
    expect(await runError(hubspot, 'create_contact', { email: 'bcooper@biglytics.net' })).toMatchObject({ code: 'provider_error', providerStatus: 409, message: 'HubSpot: Contact already exists. Existing ID: 512' });
  });

  it('search_contacts pages with after', async () => {
    const seen = respond(server, 'post', `${api}/search`, { total: 1, results: [contact], paging: { next: { after: '20' } } });
    expect(await run(hubspot, 'search_contacts', { query: 'cooper' })).toEqual({ total: 1, results: [mapped], nextAfter: '20' });
    expect(seen[0]!.body).toMatchObject({ query: 'cooper', limit: 10 });
  });

  it('get_contact by id or by email (idProperty=email)', async () => {
    respond(server, 'get', `${api}/512`, contact);
    expect(await run(hubspot, 'get_contact', { id: '512' })).toEqual(mapped);
    const seen = respond(server, 'get', `${api}/:email`, contact);
    await run(hubspot, 'get_contact', { email: 'bcooper@biglytics.net' });
    expect(seen[0]!.url.searchParams.get('idProperty')).toBe('email');
  });
});

describe('hubspot health check and rate limits', () => {
  it('reads the account details; missing authentication is unauthorized', async () => {
    // https://developers.hubspot.com/docs/api/settings/account-information-api
    respond(server, 'get', 'https://api.hubapi.com/account-info/v3/details', { portalId: 62515, accountType: 'STANDARD', timeZone: 'US/Eastern', companyCurrency: 'USD', additionalCurrencies: [], utcOffset: '-05:00', utcOffsetMilliseconds: -18000000, uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' });
    expect(await checkHealth(hubspot)).toEqual({});
    // https://developers.hubspot.com/docs/api/error-handling
    respond(server, 'get', 'https://api.hubapi.com/account-info/v3/details', { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION', correlationId: '1' }, 401);
    expect(await checkHealthError(hubspot)).toMatchObject({ code: 'unauthorized', providerStatus: 401 });
  });

  it('reads X-HubSpot-RateLimit-* as a quota that is surely back one interval from now', () => {
    const headers = new Headers({ 'x-hubspot-ratelimit-max': '100', 'x-hubspot-ratelimit-remaining': '7', 'x-hubspot-ratelimit-interval-milliseconds': '10000' });
    expect(hubspot.readRateLimit!({ status: 200, headers }, 1_000)).toEqual({ limit: 100, remaining: 7, resetAt: 11_000 });
    expect(hubspot.readRateLimit!({ status: 429, headers: new Headers({ 'retry-after': '2' }) }, 1_000)).toEqual({ retryAt: 3_000 });
  });
});
