import type { IntegrationDefinition } from '@patchbay/integrations';
import * as oauth from 'oauth4webapi';
import type { EndUser } from '../endUsers/store.js';
import { appProviderSettings, requireOAuthClient } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { callbackUrl } from './callbackUrl.js';
import { buildAuthorizationUrl } from './oauthClient.js';
import { requestedScopes } from './requestedScopes.js';
import { hashState, insertOAuthState } from './stateStore.js';
import { findConnection } from './store.js';

export type CompletionTarget = { mode: 'redirect'; redirectUri: string } | { mode: 'popup'; origin: string; redirectUri?: string };

/**
 * Creates the single-use state (with the PKCE verifier, sealed) and the provider URL to send the
 * user to, asking for the integration's scopes, `extraScopes`, and those an existing connection
 * of this end user already holds.
 */
export async function startOAuthConnection(
  services: Services,
  options: { appId: string; endUser: EndUser; integration: IntegrationDefinition; target: CompletionTarget; connectSessionId?: string; extraScopes?: readonly string[] },
): Promise<{ authorizationUrl: string; state: string }> {
  const { integration, target } = options;
  const settings = requireOAuthClient(integration, await appProviderSettings(services, options.appId, integration));
  const existing = await findConnection(services.db, options.appId, options.endUser.id, integration.metadata.slug);
  const scopes = requestedScopes(integration, settings, options.extraScopes, existing?.granted_scopes ?? null);
  const state = oauth.generateRandomState();
  const authorization = await buildAuthorizationUrl(integration, settings, callbackUrl(services.config.publicUrl), state, scopes);
  await insertOAuthState(services.db, {
    state,
    appId: options.appId,
    endUserId: options.endUser.id,
    integrationSlug: integration.metadata.slug,
    redirectUri: target.redirectUri ?? null,
    mode: target.mode,
    origin: target.mode === 'popup' ? target.origin : null,
    connectSessionId: options.connectSessionId ?? null,
    sealedCodeVerifier: authorization.codeVerifier && services.secrets.seal(authorization.codeVerifier, `state:${hashState(state)}`),
    requestedScopes: scopes,
  });
  return { authorizationUrl: authorization.url, state };
}
