import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequest, readBody } from './body.js';
import { bearerToken } from './credentials.js';
import { sendJson } from './responses.js';
import type { EmulatorState } from './state.js';

/** One spreadsheet: its sheets' rows of cells, and the grid size reads are checked against. */
export interface Spreadsheet {
  title: string;
  sheets: Map<string, { rows: string[][]; gridRows: number }>;
}

const gridColumns = 26;
const defaultGridRows = 1000;

// Google's error bodies. https://cloud.google.com/apis/design/errors
const googleError = (res: ServerResponse, code: number, status: string, message: string) => sendJson(res, code, { error: { code, message, status } });

/** `'My sheet'!A2:C` → the sheet and the 1-based rows and columns it covers (ends may be open). */
function parseRange(range: string): { sheet: string; rows: [number, number]; columns: [number, number] } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))(?:!([A-Z]*)(\d*)(?:(:)([A-Z]*)(\d*))?)?$/.exec(range);
  if (!match) return undefined;
  const [, quoted, plain, c1, r1, colon, c2, r2] = match;
  const column = (letters: string | undefined) => (letters ? [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) : undefined);
  const start: [number, number] = [r1 ? Number(r1) : 1, column(c1) ?? 1];
  const open = Number.POSITIVE_INFINITY;
  // `A1:C` (ends open where left out), `A1` (one cell), or the sheet's name alone (all of it).
  const end: [number, number] = colon ? [r2 ? Number(r2) : open, column(c2) ?? open] : c1 || r1 ? [r1 ? start[0] : open, c1 ? start[1] : open] : [open, open];
  return { sheet: quoted !== undefined ? quoted.replaceAll("''", "'") : plain!, rows: [start[0], end[0]], columns: [start[1], end[1]] };
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange: trailing empty rows and cells left out. */
function valueRange(sheetRows: string[][], range: string, rows: [number, number], columns: [number, number]) {
  const values = sheetRows.slice(rows[0] - 1, Number.isFinite(rows[1]) ? rows[1] : undefined).map((row) => row.slice(columns[0] - 1, Number.isFinite(columns[1]) ? columns[1] : undefined));
  while (values.length > 0 && values.at(-1)!.every((cell) => cell === '')) values.pop();
  return { range, majorDimension: 'ROWS', ...(values.length > 0 ? { values: values.map((row) => trimRow(row)) } : {}) };
}

function trimRow(row: string[]): string[] {
  const copy = [...row];
  while (copy.length > 0 && copy.at(-1) === '') copy.pop();
  return copy;
}

/** `/google-sheets/api/v4/spreadsheets…`: create, values.get, values:batchGet and values:append. */
export async function handleSheetsApi(state: EmulatorState, rest: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<boolean> {
  const match = /^\/api\/v4\/spreadsheets(?:\/([A-Za-z0-9_-]+)(\/values(?::batchGet|\/([^/]+?)(:append)?))?)?$/.exec(rest);
  if (!match) return false;
  state.counters.apiRequests += 1;
  if (!state.grants.checkAccessToken(bearerToken(req), 'google-sheets').ok) {
    req.resume();
    googleError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    return true;
  }
  const [, id, valuesPart, encodedRange, append] = match;
  const body = req.method === 'POST' ? await readBody(req) : (req.resume(), {});
  if (!id) {
    if (req.method !== 'POST') return void googleError(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST to create a spreadsheet.'), true;
    const properties = (body.properties ?? {}) as { title?: string };
    const titles = Array.isArray(body.sheets) ? body.sheets.map((sheet: { properties?: { title?: string } }) => sheet.properties?.title ?? 'Sheet1') : ['Sheet1'];
    const spreadsheetId = randomBytes(22).toString('base64url');
    state.spreadsheets.set(spreadsheetId, { title: properties.title ?? 'Untitled spreadsheet', sheets: new Map(titles.map((title) => [title, { rows: [], gridRows: defaultGridRows }])) });
    sendJson(res, 200, { spreadsheetId, properties: { title: properties.title }, spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit` });
    return true;
  }
  const spreadsheet = state.spreadsheets.get(id);
  if (!spreadsheet || !valuesPart) return void googleError(res, 404, 'NOT_FOUND', 'Requested entity was not found.'), true;
  const ranges = encodedRange === undefined ? query.getAll('ranges') : [decodeURIComponent(encodedRange)];
  const parsed = ranges.map((range) => ({ range, parsed: parseRange(range) }));
  const bad = parsed.find(({ parsed: p }) => !p || !spreadsheet.sheets.has(p.sheet));
  if (ranges.length === 0 || bad) return void googleError(res, 400, 'INVALID_ARGUMENT', `Unable to parse range: ${bad?.range ?? ''}`), true;

  if (append && req.method === 'POST') {
    const { sheet, rows } = parsed[0]!.parsed!;
    const target = spreadsheet.sheets.get(sheet)!;
    const values = Array.isArray(body.values) ? (body.values as unknown[][]).map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))) : [];
    // Appends after the last row of the table the range starts in: here, after the last filled row.
    const first = Math.max(target.rows.length, rows[0] - 1) + 1;
    target.rows.splice(first - 1, values.length, ...values);
    target.gridRows = Math.max(target.gridRows, target.rows.length);
    const width = Math.max(0, ...values.map((row) => row.length));
    const updatedRange = `${sheet}!A${first}:${String.fromCharCode(64 + Math.max(width, 1))}${first + values.length - 1}`;
    sendJson(res, 200, { spreadsheetId: id, tableRange: `${sheet}!A1`, updates: { spreadsheetId: id, updatedRange, updatedRows: values.length, updatedColumns: width, updatedCells: values.reduce((total, row) => total + row.length, 0) } });
    return true;
  }
  if (req.method !== 'GET') return void googleError(res, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed.'), true;
  const valueRanges = [];
  for (const { range, parsed: p } of parsed) {
    const target = spreadsheet.sheets.get(p!.sheet)!;
    // Reads starting past the grid are refused; ones that run past it are cut at its edge.
    if (p!.rows[0] > target.gridRows || p!.columns[0] > gridColumns) {
      return void googleError(res, 400, 'INVALID_ARGUMENT', `Range (${range}) exceeds grid limits. Max rows: ${target.gridRows}, max columns: ${gridColumns}`), true;
    }
    valueRanges.push(valueRange(target.rows, range, p!.rows, p!.columns));
  }
  sendJson(res, 200, encodedRange === undefined ? { spreadsheetId: id, valueRanges } : valueRanges[0]);
  return true;
}

/** Creates or replaces a spreadsheet with these sheets and rows (what its owner typed). */
export function seedSpreadsheet(state: EmulatorState, id: string, sheets: Record<string, unknown[][]>): void {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(id)) throw new BadRequest('a spreadsheet id is 20 to 100 letters, digits, - and _');
  const rowsOf = (rows: unknown[][]) => rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
  state.spreadsheets.set(id, {
    title: id,
    sheets: new Map(Object.entries(sheets).map(([name, rows]) => [name, { rows: rowsOf(rows), gridRows: Math.max(defaultGridRows, rows.length) }])),
  });
}

/** Rows added at the bottom of a sheet, as someone typing them would. */
export function appendToSheet(state: EmulatorState, id: string, sheet: string, rows: unknown[][]): void {
  const target = state.spreadsheets.get(id)?.sheets.get(sheet);
  if (!target) throw new BadRequest(`no sheet ${sheet} in spreadsheet ${id}`);
  target.rows.push(...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))));
  target.gridRows = Math.max(target.gridRows, target.rows.length);
}
