import { z } from 'zod';
import { defineAction } from '../../define.js';
import { requestJson } from '../../providerHttp.js';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/append
export const appendRows = defineAction({
  id: 'append_rows',
  name: 'Append rows',
  description: 'Add rows after the last row of a table in a range.',
  effect: 'write',
  input: z.object({
    spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
    range: z.string().min(1).max(200).describe('A1 notation, e.g. Sheet1!A:D'),
    rows: z.array(z.array(cell)).min(1).max(10_000),
    valueInputOption: z.enum(['RAW', 'USER_ENTERED']).default('USER_ENTERED'),
  }),
  output: z.object({ updatedRange: z.string(), updatedRows: z.number(), updatedCells: z.number() }),
  scopes: [['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file']],
  async execute(input, _credentials, context) {
    const path = `v4/spreadsheets/${input.spreadsheetId}/values/${encodeURIComponent(input.range)}:append?valueInputOption=${input.valueInputOption}&insertDataOption=INSERT_ROWS`;
    const answer = await requestJson<{ updates: { updatedRange: string; updatedRows: number; updatedCells: number } }>(context, 'Google Sheets', path, {
      method: 'POST',
      json: { majorDimension: 'ROWS', values: input.rows },
    });
    return { updatedRange: answer.updates.updatedRange, updatedRows: answer.updates.updatedRows, updatedCells: answer.updates.updatedCells };
  },
});

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
export const createSpreadsheet = defineAction({
  id: 'create_spreadsheet',
  name: 'Create spreadsheet',
  description: 'A new spreadsheet with a title and named sheets.',
  effect: 'write',
  input: z.object({ title: z.string().min(1).max(500), sheetTitles: z.array(z.string().min(1).max(100)).max(50).default(['Sheet1']) }),
  output: z.object({ spreadsheetId: z.string(), spreadsheetUrl: z.string() }),
  scopes: [['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file']],
  async execute(input, _credentials, context) {
    const answer = await requestJson<{ spreadsheetId: string; spreadsheetUrl: string }>(context, 'Google Sheets', 'v4/spreadsheets', {
      method: 'POST',
      json: { properties: { title: input.title }, sheets: input.sheetTitles.map((title) => ({ properties: { title } })) },
    });
    return { spreadsheetId: answer.spreadsheetId, spreadsheetUrl: answer.spreadsheetUrl };
  },
});
