import type { Db } from '../db/knex.js';

/** The app's tool allowlist; null exposes every action of every enabled integration. */
export async function findToolAllowlist(db: Db, appId: string): Promise<string[] | null> {
  const row: { tool_allowlist: string[] | null } | undefined = await db('apps').where({ id: appId }).whereNull('deleted_at').first('tool_allowlist');
  return row?.tool_allowlist ?? null;
}

export async function saveToolAllowlist(db: Db, appId: string, allowlist: string[] | null): Promise<string[] | null> {
  const [row] = await db('apps').where({ id: appId }).whereNull('deleted_at').update({ tool_allowlist: allowlist }).returning('tool_allowlist');
  return (row as { tool_allowlist: string[] | null }).tool_allowlist;
}
