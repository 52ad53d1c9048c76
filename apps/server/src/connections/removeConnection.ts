import { findIntegration } from '@patchbay/integrations';
import { createProviderFetch } from '../actions/providerFetch.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { deleteConnectionSubscriptions, unregisterConnectionSubscriptions } from '../triggers/connectionSubscriptions.js';
import { recordEvent } from '../webhooks/outbox.js';
import { openCredentials } from './credentials.js';
import { findConnectionById } from './store.js';

const revokeTimeoutMs = 10_000;

/**
 * Removes the hooks its trigger subscriptions registered and revokes the grant at the provider
 * (best effort: the user may have revoked it already), then deletes the connection, its
 * credentials and subscriptions and emits connection.deleted, in one transaction.
 * Returns false when the connection is not the app's (or not this end user's).
 */
export async function removeConnection(services: Services, appId: string, connectionId: string, endUserId?: string): Promise<boolean> {
  const { db, secrets } = services;
  const row = await findConnectionById(db, appId, connectionId);
  if (!row || (endUserId && row.end_user_id !== endUserId)) return false;
  const integration = findIntegration(row.integration_slug);
  await unregisterConnectionSubscriptions(services, appId, row.id);
  const credentials = openCredentials(secrets, appId, row.id, row.credentials);
  if (integration?.auth.type === 'oauth2' && integration.auth.revoke && credentials.type === 'oauth2' && row.status === 'active') {
    const settings = await appProviderSettings(services, appId, integration);
    await integration.auth
      .revoke(credentials, { fetch: createProviderFetch(integration, settings.apiBaseUrl, credentials, AbortSignal.timeout(revokeTimeoutMs)) })
      .catch((error: unknown) => services.logger.warn({ appId, connectionId, err: error }, 'revocation at the provider failed'));
  }
  const removed = await db.transaction(async (trx) => {
    const endUser = await trx('end_users').where({ app_id: appId, id: row.end_user_id }).first('external_id');
    await deleteConnectionSubscriptions(trx, appId, row.id);
    const deleted = await trx('connections').where({ app_id: appId, id: row.id }).delete();
    if (deleted === 0) return false;
    await recordEvent(trx, appId, 'connection.deleted', { connectionId: row.id, endUserId: endUser.external_id, integration: row.integration_slug });
    return true;
  });
  // The catalog's connected-user count and the cached connection of this process, at once (the
  // database tells the others).
  if (removed) services.appChanges.changedHere(appId);
  return removed;
}
