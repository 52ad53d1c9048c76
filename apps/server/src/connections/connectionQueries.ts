import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';
import { connectionViewColumns, type ConnectionViewRow } from './connectionView.js';

function withEndUser(db: Db, appId: string) {
  return db('connections as c')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 'c.end_user_id').andOn('u.app_id', 'c.app_id');
    })
    .where('c.app_id', appId);
}

export async function listConnectionViews(
  db: Db,
  appId: string,
  filter: { endUserId?: string | undefined; integration?: string | undefined; status?: string | undefined; health?: string | undefined },
  page: { limit: number; after?: KeysetPosition | undefined },
): Promise<ConnectionViewRow[]> {
  const query = withEndUser(db, appId)
    .select(connectionViewColumns)
    .orderBy([
      { column: 'c.created_at', order: 'desc' },
      { column: 'c.id', order: 'desc' },
    ])
    .limit(page.limit);
  if (filter.endUserId !== undefined) query.andWhere('u.external_id', filter.endUserId);
  if (filter.integration !== undefined) query.andWhere('c.integration_slug', filter.integration);
  if (filter.status !== undefined) query.andWhere('c.status', filter.status);
  if (filter.health !== undefined) query.andWhere('c.health_status', filter.health);
  if (page.after) query.andWhereRaw('(c.created_at, c.id) < (?, ?)', [page.after.at, page.after.id]);
  return query;
}

export async function findConnectionView(db: Db, appId: string, connectionId: string, endUserId?: string): Promise<ConnectionViewRow | undefined> {
  const query = withEndUser(db, appId).andWhere('c.id', connectionId).first(connectionViewColumns);
  if (endUserId) query.andWhere('c.end_user_id', endUserId);
  return query;
}
