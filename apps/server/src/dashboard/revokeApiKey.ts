import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { requireAccountApp } from './apiKeys.js';

export const revokeApiKey: OperationHandler<'revokeApiKey'> = async ({ dashboard, params, services }) => {
  await requireAccountApp(services.db, dashboard.accountId, params.appId);
  const count = await services.db('api_keys').where({ app_id: params.appId, id: params.keyId }).whereNull('revoked_at').update({ revoked_at: services.db.fn.now() });
  if (count === 0) throw notFound(`No active key ${params.keyId} in this app.`);
  // Other processes hear of it from the database (apps/appChanges.ts); this one stops at once.
  services.appChanges.changedHere(params.appId);
  return { status: 204 };
};
