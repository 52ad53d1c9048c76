import { ActionError, findIntegration, type Credentials, type HealthCheckResult, type IntegrationDefinition } from '@patchbay/integrations';
import { createProviderFetch } from '../actions/providerFetch.js';
import { createPacer, PacingTimeout } from '../actions/providerPacer.js';
import { markNeedsReauth } from '../connections/markNeedsReauth.js';
import { findConnectionById, type ConnectionRow, type HealthStatus } from '../connections/store.js';
import { freshCredentials, refreshAcrossProcesses } from '../connections/tokens.js';
import { ApiError } from '../http/apiError.js';
import { appProviderSettings, type ProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { recordDegraded, recordHealthy } from './healthStore.js';

const checkTimeoutMs = 15_000;

export interface CheckOptions {
  /** Sync callers (the API) wait less for the provider's rate limit than jobs. */
  mode: 'sync' | 'async';
  /** Skip the check when the last one is more recent than this. */
  freshForMs?: number;
}

/**
 * Asks the provider whether the connection's credentials still work (the integration's
 * healthCheck) and records what it found: `healthy` (with the scopes it reports), `degraded`
 * (the provider failed; actions still run) or `needs_reauth` (the grant is gone: the connection
 * is flagged and `connection.needs_reauth` sent with a repair link). An access token the
 * provider refuses gets one forced refresh first: only a refused grant means reconnecting.
 * Throws PacingTimeout when the provider's rate limit leaves no slot within the wait budget.
 */
export async function checkConnection(services: Services, appId: string, connectionId: string, options: CheckOptions): Promise<HealthStatus | 'skipped'> {
  const row = await findConnectionById(services.db, appId, connectionId);
  if (!row || row.status !== 'active') return 'skipped';
  if (options.freshForMs !== undefined && row.health_checked_at && Date.now() - row.health_checked_at.getTime() < options.freshForMs) return 'skipped';
  const integration = findIntegration(row.integration_slug);
  if (!integration) return 'skipped';
  const settings = await appProviderSettings(services, appId, integration);
  const found = await diagnose(services, integration, settings, row, options);
  services.metrics.healthChecks.inc({ integration: integration.metadata.slug, result: found.status });
  if (found.status === 'healthy') await recordHealthy(services.db, appId, connectionId, found.scopes);
  else if (found.status === 'degraded') await recordDegraded(services.db, appId, connectionId, found.error);
  else if (!found.alreadyMarked) await markNeedsReauth(services, appId, connectionId, found.error);
  return found.status;
}

type Finding = { status: 'healthy'; scopes: string[] | undefined } | { status: 'degraded'; error: string } | { status: 'needs_reauth'; error: string; alreadyMarked: boolean };

async function diagnose(
  services: Services,
  integration: IntegrationDefinition,
  settings: ProviderSettings,
  row: ConnectionRow,
  options: CheckOptions,
): Promise<Finding> {
  let credentials: Credentials;
  try {
    credentials = await freshCredentials(services, integration, row);
  } catch (error) {
    return refreshFailure(error);
  }
  let answer = await ask(services, integration, settings, row.id, credentials, options);
  const refreshable = integration.auth.type === 'oauth2' && integration.auth.refreshable && credentials.type === 'oauth2' && credentials.refreshToken;
  // The access token may have been revoked alone (or rotated elsewhere): a forced refresh tells.
  if (answer instanceof ActionError && answer.code === 'unauthorized' && refreshable) {
    try {
      credentials = await refreshAcrossProcesses(services, integration, row.app_id, row.id, true);
    } catch (error) {
      return refreshFailure(error);
    }
    answer = await ask(services, integration, settings, row.id, credentials, options);
  }
  if (!(answer instanceof ActionError)) return { status: 'healthy', scopes: answer.scopes };
  const name = integration.metadata.name;
  if (answer.code === 'unauthorized') return { status: 'needs_reauth', error: `${name} refused the credentials: ${answer.providerCode ?? 'unauthorized'}`, alreadyMarked: false };
  return { status: 'degraded', error: answer.message };
}

/** A refused refresh has flagged the connection already (tokens.ts); anything else is the provider's trouble. */
function refreshFailure(error: unknown): Finding {
  if (error instanceof ApiError && error.code === 'connection_needs_reauth') return { status: 'needs_reauth', error: error.message, alreadyMarked: true };
  if (error instanceof ApiError) return { status: 'degraded', error: error.message };
  throw error;
}

async function ask(
  services: Services,
  integration: IntegrationDefinition,
  settings: ProviderSettings,
  connectionId: string,
  credentials: Credentials,
  options: CheckOptions,
): Promise<HealthCheckResult | ActionError> {
  const signal = AbortSignal.timeout(checkTimeoutMs);
  const pace = createPacer(services, { integration, clientId: settings.clientId, connectionId, mode: options.mode });
  try {
    return await integration.healthCheck(credentials, { fetch: createProviderFetch(integration, settings.apiBaseUrl, credentials, signal, pace), tokenInfoUrl: settings.tokenInfoUrl, signal });
  } catch (error) {
    if (error instanceof PacingTimeout) throw error;
    if (error instanceof ActionError) return error;
    const name = integration.metadata.name;
    if (signal.aborted) return new ActionError({ code: 'timeout', message: `${name} did not answer within ${checkTimeoutMs / 1000} s` });
    return new ActionError({ code: 'provider_error', message: `${name} could not be reached` });
  }
}
