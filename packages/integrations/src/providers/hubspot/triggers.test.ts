import { describe, expect, it } from 'vitest';
import { poll, providerServer, respond } from '../../../test/harness.js';
import { hubspot } from './index.js';

const server = providerServer();
const search = 'https://api.hubapi.com/crm/v3/objects/contacts/search';

// https://developers.hubspot.com/docs/api/crm/search#search-the-crm (a contact result)
const contact = (id: string, createdAt: string, updatedAt: string) => ({
  id,
  properties: { createdate: createdAt, email: `${id}@example.com`, firstname: 'Ada', lastmodifieddate: updatedAt, lastname: 'Lovelace', hs_object_id: id },
  createdAt,
  updatedAt,
  archived: false,
});

describe('hubspot contact triggers', () => {
  it('contact_updated: baseline at the newest change, then changes since, filtered in epoch milliseconds', async () => {
    const baseline = respond(server, 'post', search, { total: 2, results: [contact('512', '2024-01-01T00:00:00.000Z', '2024-02-01T10:00:00.000Z')] });
    const first = await poll(hubspot, 'contact_updated', {});
    expect(first.cursor).toEqual({ since: '2024-02-01T10:00:00.000Z', seen: ['512@2024-02-01T10:00:00.000Z'] });
    expect(baseline[0]!.body).toMatchObject({ sorts: [{ propertyName: 'lastmodifieddate', direction: 'DESCENDING' }], limit: 100 });

    const seen = respond(server, 'post', search, {
      total: 2,
      results: [contact('512', '2024-01-01T00:00:00.000Z', '2024-02-01T10:00:00.000Z'), contact('513', '2024-02-01T10:30:00.000Z', '2024-02-01T10:30:00.000Z')],
    });
    const second = await poll(hubspot, 'contact_updated', {}, first.cursor);
    expect(seen[0]!.body).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: String(Date.parse('2024-02-01T10:00:00.000Z')) }] }],
      sorts: [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }],
    });
    expect(second.items).toEqual([{ id: '513@2024-02-01T10:30:00.000Z', payload: { id: '513', properties: contact('513', '2024-02-01T10:30:00.000Z', '2024-02-01T10:30:00.000Z').properties, createdAt: '2024-02-01T10:30:00.000Z', updatedAt: '2024-02-01T10:30:00.000Z' } }]);
  });

  it('contact_created keys by id; a 429 is rate_limited for the poller to back off', async () => {
    respond(server, 'post', search, { total: 1, results: [contact('600', '2024-03-01T00:00:00.000Z', '2024-03-05T00:00:00.000Z')] });
    const result = await poll(hubspot, 'contact_created', {}, { since: '2024-02-01T00:00:00.000Z', seen: [] });
    expect(result.items.map((item) => item.id)).toEqual(['600']);
    // https://developers.hubspot.com/docs/api/usage-details#rate-limits
    respond(server, 'post', search, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', category: 'RATE_LIMITS' }, 429);
    await expect(poll(hubspot, 'contact_created', {}, result.cursor)).rejects.toMatchObject({ code: 'rate_limited' });
  });
});
