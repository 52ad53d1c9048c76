import type { OperationHandler } from '../http/operations.js';
import { requireCatalogEntries } from './toolAllowlist.js';
import { saveToolAllowlist } from './toolSettingsStore.js';

export const updateToolSettings: OperationHandler<'updateToolSettings'> = async ({ app, body, services }) => {
  if (body.allowedTools !== null) requireCatalogEntries(body.allowedTools, 'body/allowedTools');
  return { status: 200, body: { allowedTools: await saveToolAllowlist(services.db, app.id, body.allowedTools) } };
};
