import { describe, expect, it } from 'vitest';
import { providerServer, respond, run, runError } from '../../../test/harness.js';
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
