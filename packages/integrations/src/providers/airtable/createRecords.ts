import { z } from 'zod';
import { defineAction } from '../../define.js';
import { requestJson } from '../../providerHttp.js';

// https://airtable.com/developers/web/api/create-records
export const createRecords = defineAction({
  id: 'create_records',
  name: 'Create records',
  description: 'Add up to 10 records to a table.',
  effect: 'write',
  input: z.object({
    baseId: z.string().regex(/^app[A-Za-z0-9]{14}$/),
    table: z.string().min(1).max(200),
    records: z.array(z.record(z.string(), z.unknown())).min(1).max(10).describe('Each record\'s fields.'),
    typecast: z.boolean().default(false),
  }),
  output: z.object({ records: z.array(z.object({ id: z.string(), createdTime: z.string(), fields: z.record(z.string(), z.unknown()) })) }),
  async execute(input, _credentials, context) {
    return requestJson(context, 'Airtable', `v0/${input.baseId}/${encodeURIComponent(input.table)}`, {
      method: 'POST',
      json: { records: input.records.map((fields) => ({ fields })), typecast: input.typecast },
    });
  },
});
