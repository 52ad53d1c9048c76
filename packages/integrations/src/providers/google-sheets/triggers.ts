import { z } from 'zod';
import type { ActionContext } from '../../define.js';
import { ActionError } from '../../errors.js';
import { requestJson } from '../../providerHttp.js';
import { definePollingTrigger } from '../../triggers.js';

const pageRows = 100;

interface ValueRange {
  range: string;
  values?: string[][];
}

/** `'My sheet'!2:101`: quoted, as A1 notation needs for names with spaces or quotes. */
const rangeOf = (sheet: string, rows = '') => `'${sheet.replaceAll("'", "''")}'${rows ? `!${rows}` : ''}`;

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
async function batchGet(context: ActionContext, spreadsheetId: string, ranges: string[]): Promise<ValueRange[]> {
  const query = new URLSearchParams(ranges.map((range) => ['ranges', range]));
  const answer = await requestJson<{ valueRanges: ValueRange[] }>(context, 'Google Sheets', `v4/spreadsheets/${spreadsheetId}/values:batchGet?${query}`);
  return answer.valueRanges;
}

// Asking for rows past the sheet's grid is a 400 ("exceeds grid limits"): there are none yet.
const pastTheGrid = (error: unknown) => error instanceof ActionError && error.providerStatus === 400 && /exceeds grid limits/i.test(error.message);

// https://developers.google.com/sheets/api/guides/values#read_multiple_ranges
export const newRow = definePollingTrigger({
  id: 'new_row',
  name: 'New row',
  description: 'A row is added at the bottom of a sheet.',
  kind: 'polling',
  pollIntervalSeconds: 60,
  config: z.object({
    spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
    sheet: z.string().min(1).max(100).default('Sheet1').describe('The sheet (tab) name.'),
    headerRow: z.boolean().default(true).describe('Row 1 holds column names: rows are also delivered as a record keyed by them.'),
  }),
  payload: z.object({
    rowNumber: z.number().int().min(1),
    values: z.array(z.string()),
    record: z.record(z.string(), z.string()).nullable().describe('The values by column name, when the sheet has a header row.'),
  }),
  // The number of rows seen: appended rows come after it. Rows inserted above it or deleted
  // shift the count, as with any "new row" trigger reading a sheet by position.
  cursor: z.object({ rows: z.number().int().min(0) }),
  async poll(config, cursor, context) {
    if (!cursor) {
      const [sheet] = await batchGet(context, config.spreadsheetId, [rangeOf(config.sheet)]);
      return { items: [], cursor: { rows: sheet?.values?.length ?? 0 } };
    }
    const fresh = rangeOf(config.sheet, `${cursor.rows + 1}:${cursor.rows + pageRows}`);
    let ranges: ValueRange[];
    try {
      ranges = await batchGet(context, config.spreadsheetId, config.headerRow ? [rangeOf(config.sheet, '1:1'), fresh] : [fresh]);
    } catch (error) {
      if (pastTheGrid(error)) return { items: [], cursor };
      throw error;
    }
    const header = config.headerRow ? (ranges[0]?.values?.[0] ?? []) : undefined;
    const rows = ranges.at(-1)?.values ?? [];
    const items = rows.flatMap((values, index) => {
      const rowNumber = cursor.rows + 1 + index;
      // Empty rows between filled ones come back as []; the header row is not a new row.
      if (values.length === 0 || (config.headerRow && rowNumber === 1)) return [];
      const record = header ? Object.fromEntries(header.flatMap((name, column) => (name ? [[name, values[column] ?? '']] : []))) : null;
      return [{ id: `row-${rowNumber}`, payload: { rowNumber, values, record } }];
    });
    return { items, cursor: { rows: cursor.rows + rows.length }, more: rows.length === pageRows };
  },
});
