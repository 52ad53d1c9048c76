import type { Schemas } from '@patchbay/api-types';
import { ActionError, type Credentials, type HealthCheckResult, type IntegrationDefinition } from '@patchbay/integrations';
import { createProviderFetch } from '../actions/providerFetch.js';
import { ApiError, invalidRequest } from '../http/apiError.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { findConnectionView } from './connectionQueries.js';
import { toConnection } from './connectionView.js';
import { saveCredentialsConnection } from './saveCredentialsConnection.js';

const verifyTimeoutMs = 15_000;

function toCredentials(integration: IntegrationDefinition, given: Schemas['Credentials']): Credentials {
  const auth = integration.auth;
  if (auth.type === 'oauth2') {
    throw invalidRequest(`${integration.metadata.name} connects with OAuth: start it with /connections/authorize.`, undefined, 'wrong_auth_type');
  }
  if (auth.type === 'api_key' && 'apiKey' in given) return { type: 'api_key', apiKey: given.apiKey };
  if (auth.type === 'basic' && 'username' in given) return { type: 'basic', username: given.username, password: given.password };
  const expected = auth.fields.map((field) => field.name).join(' and ');
  throw invalidRequest(`body/credentials: ${integration.metadata.name} needs ${expected}`, [{ path: 'body/credentials', message: `needs ${expected}` }]);
}

/**
 * API-key and basic-auth integrations: the integration's health check proves the credentials
 * before anything is stored (a rejected key answers 422 and stores nothing).
 */
export async function connectWithCredentials(
  services: Services,
  appId: string,
  /** Resolved only once the credentials proved good, so a bad key creates no end user. */
  endUserId: () => Promise<string>,
  integration: IntegrationDefinition,
  given: Schemas['Credentials'],
): Promise<Schemas['Connection']> {
  const credentials = toCredentials(integration, given);
  if (integration.auth.type === 'oauth2') throw new Error('unreachable');
  const settings = await appProviderSettings(services, appId, integration);
  let checked: HealthCheckResult;
  try {
    const signal = AbortSignal.timeout(verifyTimeoutMs);
    checked = await integration.healthCheck(credentials, { fetch: createProviderFetch(integration, settings.apiBaseUrl, credentials, signal), tokenInfoUrl: settings.tokenInfoUrl, signal });
  } catch (error) {
    const rejected = error instanceof ActionError && (error.code === 'unauthorized' || error.code === 'forbidden');
    throw new ApiError({
      status: rejected ? 422 : 502,
      type: 'provider_error',
      code: rejected ? 'invalid_credentials' : 'provider_error',
      message: rejected ? `${integration.metadata.name} did not accept these credentials.` : `${integration.metadata.name} could not check the credentials; try again.`,
      ...(error instanceof ActionError && error.providerStatus !== undefined ? { providerStatus: error.providerStatus } : {}),
    });
  }
  const connectionId = await saveCredentialsConnection(services, { appId, endUserId: await endUserId(), integrationSlug: integration.metadata.slug }, credentials, checked.scopes ?? null);
  return toConnection((await findConnectionView(services.db, appId, connectionId))!);
}
