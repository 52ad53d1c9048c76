import type { Schemas } from '@patchbay/api-types';
import type { Db } from '../db/knex.js';
import type { ConnectionStatus, HealthStatus } from '../connections/store.js';
import type { KeysetPosition } from '../http/keysetCursor.js';

interface EndUserViewRow {
  id: string;
  external_id: string;
  email: string | null;
  name: string | null;
  metadata: Record<string, unknown>;
  created_at: Date;
}

/** End users with their connections, scoped by app; the newest first. */
export async function listEndUserViews(
  db: Db,
  appId: string,
  page: { limit: number; after?: KeysetPosition | undefined; externalId?: string; search?: string | undefined; health?: HealthStatus | undefined },
): Promise<(Schemas['EndUser'] & { internalId: string; createdAtDate: Date })[]> {
  const query = db('end_users')
    .where({ app_id: appId })
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(page.limit)
    .select('id', 'external_id', 'email', 'name', 'metadata', 'created_at');
  if (page.externalId !== undefined) query.andWhere({ external_id: page.externalId });
  if (page.search !== undefined) {
    // A literal substring: LIKE's own wildcards in the text match only themselves.
    const pattern = `%${page.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query.andWhere((where) => where.whereILike('external_id', pattern).orWhereILike('email', pattern).orWhereILike('name', pattern));
  }
  if (page.health !== undefined) {
    const health = page.health;
    query.whereExists((exists) => exists.select(db.raw('1')).from('connections as c').whereRaw('c.app_id = end_users.app_id and c.end_user_id = end_users.id').andWhere('c.health_status', health));
  }
  if (page.after) query.andWhereRaw('(created_at, id) < (?, ?)', [page.after.at, page.after.id]);
  const rows: EndUserViewRow[] = await query;
  const connections: { id: string; end_user_id: string; integration_slug: string; status: ConnectionStatus; health_status: HealthStatus }[] = rows.length
    ? await db('connections')
        .where({ app_id: appId })
        .whereIn('end_user_id', rows.map((row) => row.id))
        .orderBy('created_at')
        .select('id', 'end_user_id', 'integration_slug', 'status', 'health_status')
    : [];
  return rows.map((row) => ({
    internalId: row.id,
    createdAtDate: row.created_at,
    id: row.external_id,
    email: row.email,
    name: row.name,
    metadata: row.metadata,
    createdAt: row.created_at.toISOString(),
    connections: connections.filter((c) => c.end_user_id === row.id).map((c) => ({ id: c.id, integration: c.integration_slug, status: c.status, health: c.health_status })),
  }));
}
