import type { Db } from '../db/knex.js';
import { preparedStatement } from '../db/preparedStatement.js';

// Every catalog read asks this: prepared once per pooled connection (db/preparedStatement.ts).
const selectConnectedUsers = preparedStatement<{ integration_slug: string; count: number }>(
  'count_connected_users',
  `select integration_slug, count(*)::int as count from connections where app_id = ? and status = 'active' group by integration_slug`,
);

/** Active connections per integration slug, for one app. */
export async function countConnectedUsers(db: Db, appId: string): Promise<Map<string, number>> {
  const rows = await selectConnectedUsers(db, [appId]);
  return new Map(rows.map((row) => [row.integration_slug, row.count]));
}
