import { z } from 'zod';
import type { ActionContext } from '../../define.js';
import { pastCursor, timeCursor } from '../../pollCursor.js';
import { requestJson } from '../../providerHttp.js';
import { definePollingTrigger } from '../../triggers.js';

interface AirtableRecord {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}

const maxPages = 50;

/**
 * Records matching `formula`, every page of them: Airtable cannot sort by creation time without
 * a field for it, so a poll reads all matches and orders them itself.
 * https://airtable.com/developers/web/api/list-records
 */
async function listRecords(context: ActionContext, baseId: string, table: string, formula: string): Promise<AirtableRecord[]> {
  const records: AirtableRecord[] = [];
  let offset: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const query = new URLSearchParams({ filterByFormula: formula, pageSize: '100', ...(offset ? { offset } : {}) });
    const answer = await requestJson<{ records: AirtableRecord[]; offset?: string }>(context, 'Airtable', `v0/${baseId}/${encodeURIComponent(table)}?${query}`);
    records.push(...answer.records);
    offset = answer.offset;
    if (!offset) break;
  }
  return records;
}

// CREATED_TIME() is the record's creation time (https://support.airtable.com/docs/formula-field-reference).
// "Not before" keeps records created at the cursor's own instant; `seen` drops the delivered ones.
const createdSince = (since: string) => `NOT(IS_BEFORE(CREATED_TIME(), '${since}'))`;

export const newRecord = definePollingTrigger({
  id: 'new_record',
  name: 'New record',
  description: 'A record is created in a table.',
  kind: 'polling',
  // Airtable allows 5 requests a second per base.
  pollIntervalSeconds: 60,
  config: z.object({ baseId: z.string().regex(/^app[A-Za-z0-9]{14}$/), table: z.string().min(1).max(200).describe('The table’s name or id (tbl…).') }),
  payload: z.object({ id: z.string(), createdTime: z.string(), fields: z.record(z.string(), z.unknown()) }),
  cursor: timeCursor,
  async poll(config, cursor, context) {
    const keyOf = (record: AirtableRecord) => record.id;
    const timeOf = (record: AirtableRecord) => record.createdTime;
    if (!cursor) {
      // Baseline on Airtable's clock: the newest record of the last hour, or now.
      const recent = await listRecords(context, config.baseId, config.table, "IS_AFTER(CREATED_TIME(), DATEADD(NOW(), -1, 'hours'))");
      const newest = recent.map((record) => Date.parse(record.createdTime)).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
      const since = new Date(Number.isFinite(newest) ? newest : Date.now()).toISOString();
      return { items: [], cursor: pastCursor({ since, seen: [] }, recent, keyOf, timeOf).cursor };
    }
    const records = await listRecords(context, config.baseId, config.table, createdSince(cursor.since));
    const next = pastCursor(cursor, records, keyOf, timeOf);
    return { items: next.fresh.map((record) => ({ id: record.id, payload: { id: record.id, createdTime: record.createdTime, fields: record.fields } })), cursor: next.cursor };
  },
});
