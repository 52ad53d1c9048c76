import { describe, expect, it } from 'vitest';
import { poll, providerServer, respond } from '../../../test/harness.js';
import { airtable } from './index.js';

const server = providerServer();
const credentials = { type: 'api_key' as const, apiKey: 'patTEST' };
const baseId = 'appY3WxIBCdKPDdIa';
const list = `https://api.airtable.com/v0/${baseId}/Tasks`;

// https://airtable.com/developers/web/api/list-records (response example)
const record = (id: string, createdTime: string) => ({ id, createdTime, fields: { Name: `Task ${id}`, Done: false } });

describe('airtable new_record', () => {
  it('baseline from the last hour on Airtable’s clock, then records created since, across pages and oldest first', async () => {
    const baseline = respond(server, 'get', list, { records: [record('rec1', '2024-05-01T10:00:00.000Z'), record('rec0', '2024-05-01T09:00:00.000Z')] });
    const first = await poll(airtable, 'new_record', { baseId, table: 'Tasks' }, undefined, credentials);
    expect(first.cursor).toEqual({ since: '2024-05-01T10:00:00.000Z', seen: ['rec1'] });
    expect(baseline[0]!.url.searchParams.get('filterByFormula')).toBe("IS_AFTER(CREATED_TIME(), DATEADD(NOW(), -1, 'hours'))");

    const seen = respond(server, 'get', list, { records: [record('rec3', '2024-05-01T10:02:00.000Z'), record('rec1', '2024-05-01T10:00:00.000Z'), record('rec2', '2024-05-01T10:01:00.000Z')] });
    const second = await poll(airtable, 'new_record', { baseId, table: 'Tasks' }, first.cursor, credentials);
    expect(seen[0]!.url.searchParams.get('filterByFormula')).toBe("NOT(IS_BEFORE(CREATED_TIME(), '2024-05-01T10:00:00.000Z'))");
    expect(second.items.map((item) => item.id)).toEqual(['rec2', 'rec3']);
    expect(second.items[0]!.payload).toEqual({ id: 'rec2', createdTime: '2024-05-01T10:01:00.000Z', fields: { Name: 'Task rec2', Done: false } });
    expect(second.cursor).toEqual({ since: '2024-05-01T10:02:00.000Z', seen: ['rec3'] });
  });

  it('follows offset pages, up to its page limit, and counts a record seen on two pages once', async () => {
    const seen = respond(server, 'get', list, { records: [record('rec1', '2024-06-01T00:00:00.000Z')], offset: 'itrNext/rec1' });
    // The handler answers the same page each time: the poll stops after its page limit.
    const result = await poll(airtable, 'new_record', { baseId, table: 'Tasks' }, { since: '2024-05-01T00:00:00.000Z', seen: [] }, credentials);
    expect(seen.length).toBe(50);
    expect(seen[1]!.url.searchParams.get('offset')).toBe('itrNext/rec1');
    expect(result.items).toHaveLength(1);
  });
});
