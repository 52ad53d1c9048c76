import type { Db } from '../db/knex.js';

/** Active connections per integration slug, for one app. */
export async function countConnectedUsers(db: Db, appId: string): Promise<Map<string, number>> {
  const rows: { integration_slug: string; count: number }[] = await db('connections')
    .where({ app_id: appId, status: 'active' })
    .groupBy('integration_slug')
    .select('integration_slug')
    .count({ count: '*' });
  return new Map(rows.map((row) => [row.integration_slug, Number(row.count)]));
}
