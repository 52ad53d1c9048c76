import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { newId } from '../ids.js';

export interface EndUser {
  id: string;
  externalId: string;
  email: string | null;
  name: string | null;
}

interface EndUserRow {
  id: string;
  external_id: string;
  email: string | null;
  name: string | null;
}

const toEndUser = (row: EndUserRow): EndUser => ({ id: row.id, externalId: row.external_id, email: row.email, name: row.name });

/** Creates the end user, or updates what we know of them when metadata is given. */
export async function upsertEndUser(
  db: Db | Knex.Transaction,
  appId: string,
  externalId: string,
  metadata: Record<string, unknown> | undefined,
): Promise<EndUser> {
  const email = typeof metadata?.email === 'string' ? metadata.email : null;
  const name = typeof metadata?.name === 'string' ? metadata.name : null;
  const insert = db('end_users').insert({
    id: newId('eu'),
    app_id: appId,
    external_id: externalId,
    email,
    name,
    metadata: JSON.stringify(metadata ?? {}),
  });
  const [row] = metadata
    ? await insert
        .onConflict(['app_id', 'external_id'])
        .merge({ email, name, metadata: JSON.stringify(metadata), updated_at: db.fn.now() })
        .returning(['id', 'external_id', 'email', 'name'])
    : await insert
        .onConflict(['app_id', 'external_id'])
        // A no-op update so RETURNING yields the existing row.
        .merge({ external_id: externalId })
        .returning(['id', 'external_id', 'email', 'name']);
  return toEndUser(row as EndUserRow);
}

export async function findEndUser(db: Db, appId: string, externalId: string): Promise<EndUser | undefined> {
  const row: EndUserRow | undefined = await db('end_users')
    .where({ app_id: appId, external_id: externalId })
    .first('id', 'external_id', 'email', 'name');
  return row && toEndUser(row);
}

export async function findEndUserById(db: Db | Knex.Transaction, appId: string, id: string): Promise<EndUser> {
  const row: EndUserRow = await db('end_users').where({ app_id: appId, id }).first('id', 'external_id', 'email', 'name');
  return toEndUser(row);
}
