import type { OperationHandler } from '../http/operations.js';
import { exposedTools } from './exposedTools.js';
import { toTool } from './toolView.js';

export const listTools: OperationHandler<'listTools'> = async ({ app, query, services }) => {
  const caller = { appId: app.id, endUserId: query.endUserId, tokenAllowlist: [], limitKey: `key:${app.apiKeyId}` };
  const tools = await exposedTools(services, caller);
  const shown = query.include === 'all' ? tools : tools.filter((tool) => tool.connection !== null);
  return { status: 200, body: { tools: shown.map(toTool) } };
};
