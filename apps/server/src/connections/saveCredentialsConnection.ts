import type { Credentials } from '@patchbay/integrations';
import { findEndUserById } from '../endUsers/store.js';
import type { Services } from '../services.js';
import { recordEvent } from '../webhooks/outbox.js';
import { sealCredentials } from './credentials.js';
import { resumeAfterReconnect } from '../triggers/connectionSubscriptions.js';
import { saveConnection } from './store.js';

/**
 * Stores verified credentials as the end user's connection (a reconnect keeps the id and
 * returns it to active, resuming the trigger subscriptions its lost grant paused) and emits
 * connection.created in the same transaction.
 */
export async function saveCredentialsConnection(
  services: Services,
  key: { appId: string; endUserId: string; integrationSlug: string },
  credentials: Credentials,
  grantedScopes: string[] | null,
): Promise<string> {
  const { db, secrets } = services;
  const connectionId = await db.transaction(async (trx) => {
    const connection = await saveConnection(trx, key, (connectionId) => ({
      sealed: sealCredentials(secrets, key.appId, connectionId, credentials),
      keyId: secrets.keyId,
      expiresAt: credentials.type === 'oauth2' && credentials.expiresAt ? new Date(credentials.expiresAt) : null,
      scope: credentials.type === 'oauth2' ? (credentials.scope ?? null) : null,
      grantedScopes,
    }));
    if (!connection.created) await resumeAfterReconnect(trx, key.appId, connection.id);
    const endUser = await findEndUserById(trx, key.appId, key.endUserId);
    await recordEvent(trx, key.appId, 'connection.created', {
      connectionId: connection.id,
      endUserId: endUser.externalId,
      integration: key.integrationSlug,
      status: 'active',
    });
    return connection.id;
  });
  // The catalog's connected-user count of this process, at once (the database tells the others).
  services.appChanges.changedHere(key.appId);
  return connectionId;
}
