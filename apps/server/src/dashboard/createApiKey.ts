import { insertApiKey } from '../apps/store.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { issueApiKey } from '../security/apiKeys.js';
import { apiKeyColumns, requireAccountApp, toApiKey } from './apiKeys.js';

export const createApiKey: OperationHandler<'createApiKey'> = async ({ dashboard, params, body, services }) => {
  const { db } = services;
  await requireAccountApp(db, dashboard.accountId, params.appId);
  const id = newId('key');
  const issued = issueApiKey(params.appId);
  await db.transaction((trx) => insertApiKey(trx, { id, appId: params.appId, prefix: issued.prefix, hash: issued.hash, name: body.name.trim() }));
  const row = await db('api_keys').where({ app_id: params.appId, id }).first(apiKeyColumns);
  return { status: 201, body: { ...toApiKey(row), key: issued.key } };
};
