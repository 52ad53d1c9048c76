import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { googleHealthCheck, googleTokenInfoUrl } from '../google-shared/tokenInfo.js';
import { appendRows, createSpreadsheet } from './actions.js';
import { newRow } from './triggers.js';

// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get
const readRange = defineAction({
  id: 'read_range',
  name: 'Read range',
  description: 'Read the values of a range in A1 notation.',
  effect: 'read',
  input: z.object({ spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/), range: z.string().min(1).max(200) }),
  output: z.object({ range: z.string(), majorDimension: z.string(), values: z.array(z.array(z.string())).default([]) }),
  // Any of the scopes Google lists for the method (the link above, "Authorization scopes").
  scopes: [['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/spreadsheets.readonly', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.readonly', 'https://www.googleapis.com/auth/drive.file']],
  async execute(input, _credentials, context) {
    return requestJson(context, 'Google Sheets', `v4/spreadsheets/${input.spreadsheetId}/values/${encodeURIComponent(input.range)}`);
  },
});

// https://developers.google.com/identity/protocols/oauth2/web-server
export const googleSheets = defineIntegration({
  metadata: {
    id: 'int_google_sheets',
    slug: 'google-sheets',
    name: 'Google Sheets',
    description: 'Online spreadsheets',
    category: 'productivity',
    icon: monogramIcon('Google Sheets', 'S', '#0F9D58'),
    version: '1.0.0',
    authType: 'oauth2',
  },
  auth: {
    type: 'oauth2',
    authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    scopes: ['https://www.googleapis.com/auth/spreadsheets'],
    scopeSeparator: ' ',
    pkce: true,
    tokenEndpointAuthMethod: 'client_secret_post',
    // Google sends a refresh token only with offline access, and only on consent.
    authorizationParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    refreshable: true,
    tokenInfoUrl: googleTokenInfoUrl,
  },
  apiBaseUrl: 'https://sheets.googleapis.com/',
  authorizeRequest: bearerToken,
  healthCheck: googleHealthCheck,
  actions: [readRange, appendRows, createSpreadsheet],
  triggers: [newRow],
});
