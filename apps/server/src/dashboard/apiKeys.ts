import type { Schemas } from '@patchbay/api-types';
import type { Db } from '../db/knex.js';
import { notFound } from '../http/apiError.js';

/** The app, if it belongs to the signed-in account; another account's app is simply not found. */
export async function requireAccountApp(db: Db, accountId: string, appId: string): Promise<void> {
  const app = await db('apps').where({ id: appId, account_id: accountId }).whereNull('deleted_at').first('id');
  if (!app) throw notFound(`No app ${appId} in your account.`);
}

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export const apiKeyColumns = ['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'];

export function toApiKey(row: ApiKeyRow): Schemas['ApiKey'] {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
