import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { airtable } from './index.js';

const server = providerServer();
const base = 'appLkNDICXNqxSDhG';
const credentials = { type: 'api_key' as const, apiKey: 'patExample.123' };
const record = { id: 'rec560UJdUtocSouk', createdTime: '2022-09-12T21:03:48.000Z', fields: { Name: 'Union Square' } };

describe('airtable', () => {
  it('list_records passes the filter and sends the token as a bearer', async () => {
    const seen = respond(server, 'get', `https://api.airtable.com/v0/${base}/Places`, { records: [record], offset: 'itrX/rec1' });
    expect(await run(airtable, 'list_records', { baseId: base, table: 'Places', filterByFormula: "{Name}='Union Square'" }, credentials)).toEqual({ records: [record], offset: 'itrX/rec1' });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer patExample.123');
    expect(seen[0]!.url.searchParams.get('filterByFormula')).toBe("{Name}='Union Square'");
  });

  it('create_records wraps fields; 422 INVALID_VALUE maps to invalid_input', async () => {
    const seen = respond(server, 'post', `https://api.airtable.com/v0/${base}/Places`, { records: [record] });
    expect(await run(airtable, 'create_records', { baseId: base, table: 'Places', records: [{ Name: 'Union Square' }] }, credentials)).toEqual({ records: [record] });
    expect(seen[0]!.body).toEqual({ records: [{ fields: { Name: 'Union Square' } }], typecast: false });
    respond(server, 'post', `https://api.airtable.com/v0/${base}/Places`, { error: { type: 'INVALID_VALUE_FOR_COLUMN', message: 'Field "Size" cannot accept the provided value' } }, 422);
    expect(await runError(airtable, 'create_records', { baseId: base, table: 'Places', records: [{ Size: 'x' }] }, credentials)).toMatchObject({ code: 'invalid_input', providerCode: 'INVALID_VALUE_FOR_COLUMN' });
  });

  it('the health check calls whoami, reports the token scopes, and fails on a rejected token', async () => {
    // https://airtable.com/developers/web/api/get-user-id-scopes
    respond(server, 'get', 'https://api.airtable.com/v0/meta/whoami', { id: 'usrL2PNC5o3H4lBEi', scopes: ['data.records:read', 'schema.bases:read'] });
    expect(await checkHealth(airtable, credentials)).toEqual({ scopes: ['data.records:read', 'schema.bases:read'] });
    respond(server, 'get', 'https://api.airtable.com/v0/meta/whoami', { error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } }, 401);
    expect(await checkHealthError(airtable, credentials)).toMatchObject({ code: 'unauthorized' });
  });
});
