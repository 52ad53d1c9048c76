import type { Schemas } from '@patchbay/api-types';
import type { Db } from '../db/knex.js';

export async function accountView(db: Db, account: { id: string; email: string; name: string }, csrfToken: string): Promise<Schemas['DashboardAccount']> {
  const apps: { id: string; name: string; plan: 'basic' | 'pro' | 'enterprise'; created_at: Date }[] = await db('apps')
    .where({ account_id: account.id })
    .whereNull('deleted_at')
    .orderBy('created_at')
    .select('id', 'name', 'plan', 'created_at');
  return {
    account,
    apps: apps.map((app) => ({ appId: app.id, name: app.name, plan: app.plan, createdAt: app.created_at.toISOString() })),
    csrfToken,
  };
}
