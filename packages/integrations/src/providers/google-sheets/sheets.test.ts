import { describe, expect, it } from 'vitest';
import { checkHealth, checkHealthError, providerServer, respond, run, runError } from '../../../test/harness.js';
import { googleSheets } from './index.js';

const server = providerServer();
const api = 'https://sheets.googleapis.com/v4/spreadsheets';
const id = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('google sheets', () => {
  it('read_range reads values in A1 notation', async () => {
    // https://developers.google.com/sheets/api/samples/reading
    respond(server, 'get', `${api}/${id}/values/:range`, { range: 'Sheet1!A1:B2', majorDimension: 'ROWS', values: [['Item', 'Cost'], ['Wheel', '$20.50']] });
    expect(await run(googleSheets, 'read_range', { spreadsheetId: id, range: 'Sheet1!A1:B2' })).toEqual({ range: 'Sheet1!A1:B2', majorDimension: 'ROWS', values: [['Item', 'Cost'], ['Wheel', '$20.50']] });
  });

  it('append_rows posts to :append with USER_ENTERED and INSERT_ROWS', async () => {
    const seen = respond(server, 'post', `${api}/${id}/values/:rangeAppend`, {
      spreadsheetId: id,
      tableRange: 'Sheet1!A1:D12',
      updates: { spreadsheetId: id, updatedRange: 'Sheet1!A13:D14', updatedRows: 2, updatedColumns: 4, updatedCells: 8 },
    });
    const output = await run(googleSheets, 'append_rows', { spreadsheetId: id, range: 'Sheet1!A:D', rows: [['Door', '$15', 2, '3/15/2016'], ['Engine', '$100', 1, '3/20/2016']] });
    expect(output).toEqual({ updatedRange: 'Sheet1!A13:D14', updatedRows: 2, updatedCells: 8 });
    expect(seen[0]!.url.searchParams.get('valueInputOption')).toBe('USER_ENTERED');
    expect(seen[0]!.url.searchParams.get('insertDataOption')).toBe('INSERT_ROWS');
    expect(seen[0]!.body).toMatchObject({ majorDimension: 'ROWS', values: [['Door', '$15', 2, '3/15/2016'], ['Engine', '$100', 1, '3/20/2016']] });
  });

  it('create_spreadsheet, and a 403 PERMISSION_DENIED maps to forbidden', async () => {
    respond(server, 'post', api, { spreadsheetId: id, spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`, properties: { title: 'Budget' } });
    expect(await run(googleSheets, 'create_spreadsheet', { title: 'Budget' })).toEqual({ spreadsheetId: id, spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit` });
    // https://cloud.google.com/apis/design/errors
    respond(server, 'post', api, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } }, 403);
    expect(await runError(googleSheets, 'create_spreadsheet', { title: 'Budget' })).toMatchObject({ code: 'forbidden', providerStatus: 403 });
  });
});

describe('google health check (tokeninfo)', () => {
  const tokenInfo = 'https://oauth2.googleapis.com/tokeninfo';

  it('asks tokeninfo about the access token and reports its scopes', async () => {
    // https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation
    const seen = respond(server, 'get', tokenInfo, {
      azp: '32555940559.apps.googleusercontent.com',
      aud: '32555940559.apps.googleusercontent.com',
      sub: '111260650121185072906',
      scope: 'https://www.googleapis.com/auth/spreadsheets openid',
      exp: '1700003600',
      expires_in: '3412',
      access_type: 'offline',
    });
    expect(await checkHealth(googleSheets)).toEqual({ scopes: ['https://www.googleapis.com/auth/spreadsheets', 'openid'] });
    expect(seen[0]!.url.searchParams.get('access_token')).toBe('test-access-token');
  });

  it('a token Google no longer honours (400 invalid_token) is unauthorized; a 503 is not', async () => {
    respond(server, 'get', tokenInfo, { error: 'invalid_token', error_description: 'Invalid Value' }, 400);
    expect(await checkHealthError(googleSheets)).toMatchObject({ code: 'unauthorized', providerCode: 'invalid_token', providerStatus: 400 });
    respond(server, 'get', tokenInfo, { error: 'backend_error' }, 503);
    expect(await checkHealthError(googleSheets)).toMatchObject({ code: 'provider_error', providerStatus: 503 });
  });
});
