import type { Schemas } from '@patchbay/api-types';
import { findIntegration } from '@patchbay/integrations';
import type { Knex } from 'knex';
import { requestedScopes } from '../connections/requestedScopes.js';
import { findConnectionById } from '../connections/store.js';
import type { Db } from '../db/knex.js';
import { newId } from '../ids.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { insertConnectSession } from './sessionStore.js';

/** Long enough for an email to be read; the link can only reconnect this one end user's integration. */
export const repairLinkLifetimeMs = 24 * 60 * 60 * 1000;

export interface RepairTarget {
  appId: string;
  connectionId: string;
  /** The end user's internal id. */
  endUserId: string;
  integrationSlug: string;
  grantedScopes: string[] | null;
}

/**
 * A hosted Connect Link limited to the connection's end user and integration. Connecting
 * through it goes the usual way (saveConnection finds the connection by end user and
 * integration), so the connection keeps its id and what hangs on it.
 */
export async function createRepairLink(services: Services, db: Db | Knex.Transaction, target: RepairTarget, extraScopes: readonly string[] = []): Promise<Schemas['RepairLink']> {
  const integration = findIntegration(target.integrationSlug);
  if (!integration) throw new Error(`unknown integration ${target.integrationSlug}`);
  const oauth = integration.auth.type === 'oauth2';
  const session = await insertConnectSession(db, {
    id: newId('cs'),
    appId: target.appId,
    endUserId: target.endUserId,
    allowedIntegrations: [target.integrationSlug],
    extraScopes: oauth && extraScopes.length > 0 ? { [target.integrationSlug]: [...extraScopes] } : {},
    lifetimeMs: repairLinkLifetimeMs,
  });
  const settings = await appProviderSettings(services, target.appId, integration);
  return {
    url: `${services.config.publicUrl}/connect?session=${session.token}`,
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    connectionId: target.connectionId,
    integration: target.integrationSlug,
    scopes: requestedScopes(integration, settings, extraScopes, target.grantedScopes),
  };
}

/**
 * A `connection.needs_reauth` payload as delivered: with a repair link minted for this delivery.
 * The link is a bearer capability, so it is never kept with the event (connect sessions are kept
 * only as hashes), and a retry or a re-send days later still brings one that works. Null when the
 * connection is gone. Other events are delivered as they are.
 */
export async function withRepairLink(services: Services, appId: string, payload: { event: string; data: Record<string, unknown> }): Promise<unknown> {
  if (payload.event !== 'connection.needs_reauth') return payload;
  const connection = await findConnectionById(services.db, appId, String(payload.data.connectionId));
  const link =
    connection &&
    (await createRepairLink(services, services.db, {
      appId,
      connectionId: connection.id,
      endUserId: connection.end_user_id,
      integrationSlug: connection.integration_slug,
      grantedScopes: connection.granted_scopes,
    }));
  return { ...payload, data: { ...payload.data, repairLink: link ? { url: link.url, expiresAt: link.expiresAt } : null } };
}
