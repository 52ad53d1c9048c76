import { describe, expect, it } from 'vitest';
import { poll, providerServer, respond } from '../../../test/harness.js';
import { googleSheets } from './index.js';

const server = providerServer();
const id = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
const batchGet = `https://sheets.googleapis.com/v4/spreadsheets/${id}/:valuesBatchGet`;

describe('google sheets new_row', () => {
  it('the first poll counts the rows and delivers none; later polls deliver rows past the count, keyed by the header', async () => {
    const baseline = respond(server, 'get', batchGet, { spreadsheetId: id, valueRanges: [{ range: "'Sheet1'!A1:D3", majorDimension: 'ROWS', values: [['Item', 'Cost', 'Stocked'], ['Wheel', '$20.50', '4'], ['Door', '$15', '2']] }] });
    const first = await poll(googleSheets, 'new_row', { spreadsheetId: id });
    expect(first).toEqual({ items: [], cursor: { rows: 3 } });
    expect(baseline[0]!.url.searchParams.getAll('ranges')).toEqual(["'Sheet1'"]);

    const next = respond(server, 'get', batchGet, {
      spreadsheetId: id,
      valueRanges: [
        { range: "'Sheet1'!A1:Z1", majorDimension: 'ROWS', values: [['Item', 'Cost', 'Stocked']] },
        // An empty row between two filled ones comes back as [].
        { range: "'Sheet1'!A4:Z103", majorDimension: 'ROWS', values: [['Engine', '$100'], [], ['Totals', '$135.50', '6']] },
      ],
    });
    const second = await poll(googleSheets, 'new_row', { spreadsheetId: id }, first.cursor);
    expect(next[0]!.url.searchParams.getAll('ranges')).toEqual(["'Sheet1'!1:1", "'Sheet1'!4:103"]);
    expect(second).toEqual({
      items: [
        { id: 'row-4', payload: { rowNumber: 4, values: ['Engine', '$100'], record: { Item: 'Engine', Cost: '$100', Stocked: '' } } },
        { id: 'row-6', payload: { rowNumber: 6, values: ['Totals', '$135.50', '6'], record: { Item: 'Totals', Cost: '$135.50', Stocked: '6' } } },
      ],
      cursor: { rows: 6 },
      more: false,
    });
  });

  it('quotes sheet names, goes without a header, and takes "exceeds grid limits" as no new rows', async () => {
    const seen = respond(server, 'get', batchGet, { spreadsheetId: id, valueRanges: [{ range: "'Q1 ''24'!A11:B11", majorDimension: 'ROWS', values: [['a', 'b']] }] });
    const result = await poll(googleSheets, 'new_row', { spreadsheetId: id, sheet: "Q1 '24", headerRow: false }, { rows: 10 });
    expect(seen[0]!.url.searchParams.getAll('ranges')).toEqual(["'Q1 ''24'!11:110"]);
    expect(result.items).toEqual([{ id: 'row-11', payload: { rowNumber: 11, values: ['a', 'b'], record: null } }]);
    // https://developers.google.com/sheets/api/guides/values: a range past the sheet's last row.
    respond(server, 'get', batchGet, { error: { code: 400, message: "Range ('Sheet1'!1001:1100) exceeds grid limits. Max rows: 1000, max columns: 26", status: 'INVALID_ARGUMENT' } }, 400);
    expect(await poll(googleSheets, 'new_row', { spreadsheetId: id }, { rows: 1000 })).toEqual({ items: [], cursor: { rows: 1000 } });
    respond(server, 'get', batchGet, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } }, 404);
    await expect(poll(googleSheets, 'new_row', { spreadsheetId: id }, { rows: 3 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
