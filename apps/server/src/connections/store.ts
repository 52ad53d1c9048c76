import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { preparedStatement } from '../db/preparedStatement.js';
import { storableText } from '../db/storableText.js';
import { newId } from '../ids.js';
import type { EndUserConnection } from './endUserConnections.js';

export type ConnectionStatus = 'active' | 'needs_reauth';
export type HealthStatus = 'healthy' | 'degraded' | 'needs_reauth';

export interface ConnectionRow {
  id: string;
  app_id: string;
  end_user_id: string;
  integration_slug: string;
  status: ConnectionStatus;
  credentials: string;
  credentials_key_id: string;
  expires_at: Date | null;
  /** Null when unknown: then actions are not checked for scopes. */
  granted_scopes: string[] | null;
  health_status: HealthStatus;
  health_checked_at: Date | null;
}

type EndUserConnectionRow = ConnectionRow & { end_user_external_id: string; end_user_email: string | null; end_user_name: string | null };

// Every action asks this: prepared once per pooled connection, its columns named (see preparedStatement).
const selectEndUserConnection = preparedStatement<EndUserConnectionRow>(
  'find_end_user_connection',
  `select c.id, c.app_id, c.end_user_id, c.integration_slug, c.status, c.credentials, c.credentials_key_id, c.expires_at,
          c.granted_scopes, c.health_status, c.health_checked_at,
          u.external_id as end_user_external_id, u.email as end_user_email, u.name as end_user_name
   from end_users as u join connections as c on c.end_user_id = u.id and c.app_id = u.app_id
   where u.app_id = ? and u.external_id = ? and c.integration_slug = ?
   limit 1`,
);

/** The end user (by the customer's id) and their connection to the integration, in one query. */
export async function findEndUserConnection(db: Db, appId: string, externalId: string, integrationSlug: string): Promise<EndUserConnection | undefined> {
  const [row] = await selectEndUserConnection(db, [appId, externalId, integrationSlug]);
  if (!row) return undefined;
  const { end_user_external_id: endUserExternalId, end_user_email: email, end_user_name: name, ...connection } = row;
  return { endUser: { id: connection.end_user_id, externalId: endUserExternalId, email, name }, connection };
}

export async function findConnection(
  db: Db | Knex.Transaction,
  appId: string,
  endUserId: string,
  integrationSlug: string,
): Promise<ConnectionRow | undefined> {
  return db('connections').where({ app_id: appId, end_user_id: endUserId, integration_slug: integrationSlug }).first();
}

export interface StoredCredentials {
  sealed: string;
  keyId: string;
  expiresAt: Date | null;
  scope: string | null;
  grantedScopes: string[] | null;
}

/**
 * Creates the end user's connection to the integration, or re-activates it with new
 * credentials, in place: same id, everything tied to it kept, healthy again. `seal` receives
 * the connection id the credentials get bound to.
 */
export async function saveConnection(
  trx: Knex.Transaction,
  key: { appId: string; endUserId: string; integrationSlug: string },
  seal: (connectionId: string) => StoredCredentials,
): Promise<{ id: string; created: boolean }> {
  // Serialises concurrent callbacks for the same end user and integration; held only for this
  // short transaction, never across a provider call.
  await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`connection:${key.appId}:${key.endUserId}:${key.integrationSlug}`]);
  const existing = await findConnection(trx, key.appId, key.endUserId, key.integrationSlug);
  const id = existing?.id ?? newId('conn');
  const stored = seal(id);
  const columns = {
    status: 'active',
    credentials: stored.sealed,
    credentials_key_id: stored.keyId,
    expires_at: stored.expiresAt,
    scope: stored.scope === null ? null : storableText(stored.scope),
    granted_scopes: stored.grantedScopes && stored.grantedScopes.map(storableText),
    refresh_lease_until: null,
    last_error: null,
    // The provider just accepted these credentials.
    health_status: 'healthy',
    health_checked_at: trx.fn.now(),
    health_error: null,
    updated_at: trx.fn.now(),
  };
  if (existing) {
    await trx('connections').where({ app_id: key.appId, id }).update(columns);
  } else {
    await trx('connections').insert({
      id,
      app_id: key.appId,
      end_user_id: key.endUserId,
      integration_slug: key.integrationSlug,
      ...columns,
    });
  }
  return { id, created: !existing };
}

export async function findConnectionById(db: Db | Knex.Transaction, appId: string, id: string): Promise<(ConnectionRow & { refresh_lease_until: Date | null }) | undefined> {
  return db('connections').where({ app_id: appId, id }).first();
}
