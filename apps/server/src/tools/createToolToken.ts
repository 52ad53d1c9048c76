import { upsertEndUser } from '../endUsers/store.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { requireCatalogEntries } from './toolAllowlist.js';
import { insertToolToken } from './toolTokenStore.js';

export const createToolToken: OperationHandler<'createToolToken'> = async ({ app, body, services }) => {
  const allowedTools = body.allowedTools ?? [];
  requireCatalogEntries(allowedTools, 'body/allowedTools');
  const endUser = await upsertEndUser(services.db, app.id, body.endUserId, body.metadata);
  const id = newId('tt');
  const expiresAt = new Date(Date.now() + (body.expiresIn ?? 3600) * 1000);
  const token = await insertToolToken(services.db, { id, appId: app.id, endUserId: endUser.id, allowedTools, expiresAt });
  return {
    status: 201,
    body: { id, token, endUserId: endUser.externalId, allowedTools, expiresAt: expiresAt.toISOString(), mcpUrl: `${services.config.publicUrl}/mcp` },
  };
};
