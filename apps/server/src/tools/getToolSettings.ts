import type { OperationHandler } from '../http/operations.js';
import { findToolAllowlist } from './toolSettingsStore.js';

export const getToolSettings: OperationHandler<'getToolSettings'> = async ({ app, services }) => {
  return { status: 200, body: { allowedTools: await findToolAllowlist(services.db, app.id) } };
};
