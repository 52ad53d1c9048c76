import { z } from 'zod';
import { bearerToken, defineAction, defineIntegration } from '../../define.js';
import { monogramIcon, requestJson } from '../../providerHttp.js';
import { createRecords } from './createRecords.js';
import { newRecord } from './triggers.js';

// https://airtable.com/developers/web/api/list-records
const listRecords = defineAction({
  id: 'list_records',
  name: 'List records',
  description: 'Read records of a table, optionally filtered by a formula.',
  effect: 'read',
  input: z.object({
    baseId: z.string().regex(/^app[A-Za-z0-9]{14}$/),
    table: z.string().min(1).max(200),
    maxRecords: z.number().int().min(1).max(100).default(100),
    filterByFormula: z.string().max(2000).optional(),
    offset: z.string().optional(),
  }),
  output: z.object({
    records: z.array(z.object({ id: z.string(), createdTime: z.string(), fields: z.record(z.string(), z.unknown()) })),
    offset: z.string().optional(),
  }),
  async execute(input, _credentials, context) {
    const query = new URLSearchParams({ maxRecords: String(input.maxRecords) });
    if (input.filterByFormula) query.set('filterByFormula', input.filterByFormula);
    if (input.offset) query.set('offset', input.offset);
    return requestJson(context, 'Airtable', `v0/${input.baseId}/${encodeURIComponent(input.table)}?${query}`);
  },
});

export const airtable = defineIntegration({
  metadata: {
    id: 'int_airtable',
    slug: 'airtable',
    name: 'Airtable',
    description: 'Spreadsheet-database hybrid',
    category: 'productivity',
    icon: monogramIcon('Airtable', 'A', '#18BFFF'),
    version: '1.0.0',
    authType: 'api_key',
  },
  auth: {
    type: 'api_key',
    fields: [{ name: 'apiKey', label: 'Personal access token', secret: true, placeholder: 'pat…' }],
    instructions: 'Create a personal access token at https://airtable.com/create/tokens with the data.records:read scope.',
  },
  apiBaseUrl: 'https://api.airtable.com/',
  authorizeRequest: bearerToken,
  // https://airtable.com/developers/web/api/get-user-id-scopes
  healthCheck: async (_credentials, context) => {
    const answer = await requestJson<{ id: string; scopes?: string[] }>(context, 'Airtable', 'v0/meta/whoami');
    return Array.isArray(answer.scopes) ? { scopes: answer.scopes } : {};
  },
  actions: [listRecords, createRecords],
  triggers: [newRecord],
});
