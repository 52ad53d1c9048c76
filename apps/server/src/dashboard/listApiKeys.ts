import type { OperationHandler } from '../http/operations.js';
import { apiKeyColumns, requireAccountApp, toApiKey } from './apiKeys.js';

export const listApiKeys: OperationHandler<'listApiKeys'> = async ({ dashboard, params, services }) => {
  await requireAccountApp(services.db, dashboard.accountId, params.appId);
  const rows = await services.db('api_keys').where({ app_id: params.appId }).orderBy('created_at').select(apiKeyColumns);
  return { status: 200, body: { apiKeys: rows.map(toApiKey) } };
};
