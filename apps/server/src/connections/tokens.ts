import { scopeList, type Credentials, type IntegrationDefinition } from '@patchbay/integrations';
import { storableText } from '../db/storableText.js';
import { ApiError } from '../http/apiError.js';
import { appProviderSettings, requireOAuthClient } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { openCredentials, openCredentialsCached, sealCredentials } from './credentials.js';
import { markNeedsReauth } from './markNeedsReauth.js';
import { oauthConfigOf } from './oauthConfig.js';
import { refreshTokens, TokenRequestError } from './oauthClient.js';
import { findConnectionById, type ConnectionRow } from './store.js';

/** Refresh when the token expires within this margin, so a call never starts with a dying token. */
export const refreshMarginMs = 5 * 60 * 1000;
const leaseMs = 30_000;
const waitStepMs = 100;

// Callers in this process share one refresh per connection.
const inFlight = new Map<string, Promise<Credentials>>();

export function needsRefresh(credentials: Credentials, now = Date.now()): boolean {
  return credentials.type === 'oauth2' && credentials.expiresAt !== undefined && new Date(credentials.expiresAt).getTime() - now < refreshMarginMs;
}

export function needsReauthError(integrationName: string): ApiError {
  return new ApiError({
    status: 409,
    type: 'conflict_error',
    code: 'connection_needs_reauth',
    message: `The end user's ${integrationName} connection lost its access: ask them to connect again.`,
  });
}

/**
 * Credentials good for at least the refresh margin. When a refresh is due, exactly one caller
 * across all processes talks to the provider: in-process callers share a promise, and across
 * processes a lease on the row elects the refresher while the others wait and re-read. The new
 * tokens replace the old ones only if nobody changed them meanwhile.
 */
export async function freshCredentials(services: Services, integration: IntegrationDefinition, connection: ConnectionRow): Promise<Credentials> {
  const credentials = openCredentialsCached(services.secrets, connection.app_id, connection.id, connection.credentials);
  if (!needsRefresh(credentials)) return credentials;
  let pending = inFlight.get(connection.id);
  if (!pending) {
    pending = refreshAcrossProcesses(services, integration, connection.app_id, connection.id).finally(() => inFlight.delete(connection.id));
    inFlight.set(connection.id, pending);
  }
  return pending;
}

/** Refreshes now if due, regardless of who asks: the proactive job and forced retries use it. */
export async function refreshAcrossProcesses(services: Services, integration: IntegrationDefinition, appId: string, connectionId: string, force = false): Promise<Credentials> {
  const { db, secrets } = services;
  const deadline = Date.now() + leaseMs + 5000;
  while (Date.now() < deadline) {
    const [leased] = await db('connections')
      .where({ app_id: appId, id: connectionId, status: 'active' })
      .andWhere((q) => q.whereNull('refresh_lease_until').orWhere('refresh_lease_until', '<', db.fn.now()))
      .update({ refresh_lease_until: new Date(Date.now() + leaseMs) })
      .returning('*');
    if (leased) {
      const current = openCredentials(secrets, appId, connectionId, leased.credentials);
      if (!force && !needsRefresh(current)) {
        await db('connections').where({ app_id: appId, id: connectionId }).update({ refresh_lease_until: null });
        return current;
      }
      return refreshWithLease(services, integration, leased as ConnectionRow, current);
    }
    // Someone else holds the lease: wait, then use what they wrote.
    await new Promise((resolve) => setTimeout(resolve, waitStepMs));
    const row = await findConnectionById(db, appId, connectionId);
    if (!row || row.status !== 'active') throw needsReauthError(integration.metadata.name);
    const current = openCredentials(secrets, appId, connectionId, row.credentials);
    if (!needsRefresh(current) && (!force || row.refresh_lease_until === null)) return current;
  }
  throw new ApiError({ status: 503, type: 'api_error', code: 'refresh_in_progress', message: 'The connection is being refreshed; try again shortly.' });
}

async function refreshWithLease(services: Services, integration: IntegrationDefinition, row: ConnectionRow, current: Credentials): Promise<Credentials> {
  const { db, secrets } = services;
  const auth = oauthConfigOf(integration);
  if (current.type !== 'oauth2' || !auth?.refreshable || !current.refreshToken) {
    await db('connections').where({ app_id: row.app_id, id: row.id }).update({ refresh_lease_until: null });
    return current;
  }
  let refreshed: Credentials;
  try {
    refreshed = await refreshTokens(integration, requireOAuthClient(integration, await appProviderSettings(services, row.app_id, integration)), current.refreshToken);
  } catch (error) {
    services.metrics.tokenRefreshes.inc({ integration: integration.metadata.slug, result: 'failure' });
    await db('connections').where({ app_id: row.app_id, id: row.id }).update({ refresh_lease_until: null });
    if (error instanceof TokenRequestError && error.permanent) {
      await markNeedsReauth(services, row.app_id, row.id, `refresh refused: ${error.code}`);
      throw needsReauthError(integration.metadata.name);
    }
    throw new ApiError({ status: 502, type: 'provider_error', code: 'refresh_failed', message: `${integration.metadata.name} did not refresh the token: ${(error as Error).message}` });
  }
  services.metrics.tokenRefreshes.inc({ integration: integration.metadata.slug, result: 'success' });
  // Guarded by the ciphertext we read: a rotated refresh token is stored once, atomically.
  const updated = await db('connections')
    .where({ app_id: row.app_id, id: row.id, credentials: row.credentials })
    .update({
      credentials: sealCredentials(secrets, row.app_id, row.id, refreshed),
      credentials_key_id: secrets.keyId,
      expires_at: refreshed.type === 'oauth2' && refreshed.expiresAt ? new Date(refreshed.expiresAt) : null,
      // A refresh answer that lists scopes says what the grant holds now.
      ...(refreshed.type === 'oauth2' && refreshed.scope && scopeList(refreshed.scope)?.length
        ? { scope: storableText(refreshed.scope), granted_scopes: scopeList(refreshed.scope)!.map(storableText) }
        : {}),
      refresh_lease_until: null,
      last_refreshed_at: db.fn.now(),
      updated_at: db.fn.now(),
    });
  if (updated === 0) services.logger.warn({ appId: row.app_id, connectionId: row.id }, 'connection changed during refresh; kept the newer credentials');
  return refreshed;
}
