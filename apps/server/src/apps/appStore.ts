import type { Db } from '../db/knex.js';

export interface AppRow {
  id: string;
  name: string;
  plan: 'basic' | 'pro' | 'enterprise';
  redirect_uris: string[];
  allowed_origins: string[];
  created_at: Date;
}

export async function findApp(db: Db, appId: string): Promise<AppRow> {
  return db('apps').where({ id: appId }).whereNull('deleted_at').first('id', 'name', 'plan', 'redirect_uris', 'allowed_origins', 'created_at');
}

export async function updateAppRow(db: Db, appId: string, changes: Partial<Pick<AppRow, 'name' | 'plan' | 'redirect_uris' | 'allowed_origins'>>): Promise<AppRow> {
  const [row] = await db('apps').where({ id: appId }).whereNull('deleted_at').update(changes).returning(['id', 'name', 'plan', 'redirect_uris', 'allowed_origins', 'created_at']);
  return row;
}

export function toApp(row: AppRow) {
  return { appId: row.id, name: row.name, plan: row.plan, redirectUris: row.redirect_uris, allowedOrigins: row.allowed_origins, createdAt: row.created_at.toISOString() };
}
