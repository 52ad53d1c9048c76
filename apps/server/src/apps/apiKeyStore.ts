import type { Db } from '../db/knex.js';

export interface ApiKeyRow {
  id: string;
  app_id: string;
  key_hash: string;
  revoked_at: Date | null;
  account_id: string;
  app_name: string;
  redirect_uris: string[];
  allowed_origins: string[];
}

/** The live key with this prefix, scoped to the app named by the key itself. */
export async function findApiKeyByPrefix(db: Db, appId: string, prefix: string): Promise<ApiKeyRow | undefined> {
  return db('api_keys')
    .join('apps', 'apps.id', 'api_keys.app_id')
    .where({ 'api_keys.app_id': appId, 'api_keys.prefix': prefix })
    .whereNull('apps.deleted_at')
    .first(
      'api_keys.id',
      'api_keys.app_id',
      'api_keys.key_hash',
      'api_keys.revoked_at',
      'apps.account_id',
      'apps.name as app_name',
      'apps.redirect_uris',
      'apps.allowed_origins',
    );
}

/** Records use at most once a minute per key, so hot keys do not write on every request. */
export async function touchApiKey(db: Db, appId: string, keyId: string): Promise<void> {
  await db('api_keys')
    .where({ app_id: appId, id: keyId })
    .andWhere((q) => q.whereNull('last_used_at').orWhere('last_used_at', '<', db.raw("now() - interval '1 minute'")))
    .update({ last_used_at: db.fn.now() });
}
