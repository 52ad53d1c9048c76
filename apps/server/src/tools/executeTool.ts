import { checkIdempotencyKey } from '../actions/idempotency.js';
import type { OperationHandler } from '../http/operations.js';
import { callTool } from './callTool.js';

export const executeTool: OperationHandler<'executeTool'> = async ({ app, body, headers, services }) => {
  const caller = { appId: app.id, endUserId: body.endUserId, tokenAllowlist: [], limitKey: `key:${app.apiKeyId}` };
  const result = await callTool(services, caller, {
    name: body.name,
    arguments: body.arguments,
    source: 'tools',
    idempotencyKey: checkIdempotencyKey(headers['idempotency-key']),
  });
  return { status: 200, body: result };
};
