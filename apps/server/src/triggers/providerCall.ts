import { ActionError, findIntegration, type ActionContext, type IntegrationDefinition } from '@patchbay/integrations';
import { actionTimeoutMs, toActionError } from '../actions/executeAction.js';
import { createProviderFetch } from '../actions/providerFetch.js';
import { createPacer, PacingTimeout } from '../actions/providerPacer.js';
import { markNeedsReauth } from '../connections/markNeedsReauth.js';
import { findConnectionById } from '../connections/store.js';
import { freshCredentials, needsReauthError } from '../connections/tokens.js';
import { findEndUserById } from '../endUsers/store.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';

/** Who a provider call acts for: an app's end user's connection to one integration. */
export interface ConnectionRef {
  appId: string;
  connectionId: string;
  integration: IntegrationDefinition;
}

/**
 * Calls the provider as the connection (fresh credentials, the app's API base URL, paced by the
 * provider's rate limit like actions) and reports any failure as an ActionError. A provider that
 * refuses the grant (`unauthorized`) marks the connection as needing reauthorization, which also
 * pauses its subscriptions. Throws the connection's 404/409 ApiError when it is gone or already
 * needs reauthorization, and PacingTimeout when the provider's rate limit has no slot in time.
 */
export async function callAsConnection<T>(services: Services, ref: ConnectionRef, call: (context: ActionContext) => Promise<T>): Promise<T> {
  const { db } = services;
  const { integration } = ref;
  const connection = await findConnectionById(db, ref.appId, ref.connectionId);
  if (!connection || connection.status !== 'active') throw needsReauthError(integration.metadata.name);
  const [settings, endUser, credentials] = await Promise.all([
    appProviderSettings(services, ref.appId, integration),
    findEndUserById(db, ref.appId, connection.end_user_id),
    freshCredentials(services, integration, connection),
  ]);
  const signal = AbortSignal.timeout(actionTimeoutMs);
  const logger = services.logger.child({ appId: ref.appId, integration: integration.metadata.slug, connectionId: connection.id });
  try {
    return await call({
      fetch: createProviderFetch(integration, settings.apiBaseUrl, credentials, signal, createPacer(services, { integration, clientId: settings.clientId, connectionId: connection.id, mode: 'async' })),
      logger: { info: (message, fields) => logger.info(fields ?? {}, message), warn: (message, fields) => logger.warn(fields ?? {}, message) },
      endUser: { id: endUser.externalId, email: endUser.email, name: endUser.name },
      signal,
    });
  } catch (error) {
    if (error instanceof PacingTimeout) throw error;
    const failure = toActionError(error, integration, signal);
    if (!(error instanceof ActionError)) logger.warn({ err: error }, 'trigger call to the provider failed');
    if (failure.code === 'unauthorized') await markNeedsReauth(services, ref.appId, connection.id, `${integration.metadata.name}: ${failure.providerCode ?? 'unauthorized'}`);
    throw failure;
  }
}

/** The catalog's integration of a stored subscription (a slug the catalog no longer has is a deployment bug). */
export function integrationOf(slug: string): IntegrationDefinition {
  const integration = findIntegration(slug);
  if (!integration) throw new Error(`The catalog has no integration "${slug}" any more.`);
  return integration;
}
