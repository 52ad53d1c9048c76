import { findIntegration } from '@patchbay/integrations';
import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { appProviderSettings, requireOAuthClient } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { callbackUrl } from './callbackUrl.js';
import { exchangeCode, TokenRequestError } from './oauthClient.js';
import { popupPage } from './popupPage.js';
import { grantedScopes } from './requestedScopes.js';
import { saveCredentialsConnection } from './saveCredentialsConnection.js';
import { consumeOAuthState, type ConsumedOAuthState } from './stateStore.js';

type Outcome = { connectionId: string } | { error: string; errorDescription: string };
type CallbackResult = Awaited<ReturnType<OperationHandler<'connectionCallback'>>>;

const invalidState = (message: string) => invalidRequest(message, undefined, 'invalid_state');

/** Back to the customer: a redirect to redirectUri, or the popup page posting to the opener. */
function finish(state: ConsumedOAuthState, outcome: Outcome): CallbackResult {
  if (state.mode === 'popup' && state.origin) {
    const page = popupPage(
      'connectionId' in outcome
        ? { type: 'patchbay:connection', status: 'success', connectionId: outcome.connectionId, integration: state.integrationSlug }
        : { type: 'patchbay:connection', status: 'error', error: outcome.error, errorDescription: outcome.errorDescription, integration: state.integrationSlug },
      state.origin,
    );
    return { status: 200, body: page.html, headers: page.headers };
  }
  const url = new URL(state.redirectUri!);
  const parameters: Record<string, string> =
    'connectionId' in outcome ? { connectionId: outcome.connectionId, status: 'active' } : { error: outcome.error, error_description: outcome.errorDescription };
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return { status: 302, headers: { Location: url.toString(), 'Cache-Control': 'no-store' } };
}

/**
 * The provider sends the end user's browser here. Once the state is known to be ours, every
 * outcome goes back to the customer; before that there is nowhere safe to send the browser,
 * so the answer is a 400.
 */
export const connectionCallback: OperationHandler<'connectionCallback'> = async ({ query, services }) => {
  if (!query.state) throw invalidState('The state parameter is missing.');
  const state = await consumeOAuthState(services.db, query.state);
  if (!state) throw invalidState('Unknown or already used state. Start the connection again.');
  if (state.expired) throw invalidState('This authorization expired (after 10 minutes). Start the connection again.');

  if (query.error) {
    return finish(state, {
      error: query.error === 'access_denied' ? 'access_denied' : 'provider_error',
      errorDescription: query.error_description ?? `The provider answered ${query.error}.`,
    });
  }
  if (!query.code) return finish(state, { error: 'invalid_request', errorDescription: 'The provider sent no authorization code.' });
  try {
    return finish(state, { connectionId: await completeConnection(state, query.code, services) });
  } catch (error) {
    if (!(error instanceof TokenRequestError)) throw error;
    services.logger.warn({ appId: state.appId, integration: state.integrationSlug, code: error.code }, 'token exchange failed');
    return finish(state, { error: 'token_exchange_failed', errorDescription: error.message });
  }
};

async function completeConnection(state: ConsumedOAuthState, code: string, services: Services): Promise<string> {
  const integration = findIntegration(state.integrationSlug);
  if (!integration) throw new TokenRequestError('integration_removed', 'This integration is no longer available.');
  const settings = requireOAuthClient(integration, await appProviderSettings(services, state.appId, integration));
  const codeVerifier = state.sealedCodeVerifier ? services.secrets.open(state.sealedCodeVerifier, `state:${state.stateHash}`) : undefined;
  const credentials = await exchangeCode(integration, settings, code, callbackUrl(services.config.publicUrl), codeVerifier);
  return saveCredentialsConnection(
    services,
    { appId: state.appId, endUserId: state.endUserId, integrationSlug: state.integrationSlug },
    credentials,
    grantedScopes(credentials, state.requestedScopes),
  );
}

