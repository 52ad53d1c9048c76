import { findIntegration } from '@patchbay/integrations';
import { findEndUserById } from '../endUsers/store.js';
import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { requireOAuthClient } from '../integrations/providerSettings.js';
import type { Services } from '../services.js';
import { recordEvent } from '../webhooks/outbox.js';
import { callbackUrl } from './callbackUrl.js';
import { sealCredentials } from './credentials.js';
import { exchangeCode, TokenRequestError } from './oauthClient.js';
import { consumeOAuthState, type ConsumedOAuthState } from './stateStore.js';
import { saveConnection } from './store.js';

const invalidState = (message: string) => invalidRequest(message, undefined, 'invalid_state');

function backTo(redirectUri: string, parameters: Record<string, string>) {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return { status: 302 as const, headers: { Location: url.toString(), 'Cache-Control': 'no-store' } };
}

/**
 * The provider sends the end user's browser here. Once the state is known to be ours, every
 * outcome goes back to the customer's redirectUri; before that there is nowhere safe to send
 * the browser, so the answer is a 400.
 */
export const connectionCallback: OperationHandler<'connectionCallback'> = async ({ query, services }) => {
  if (!query.state) throw invalidState('The state parameter is missing.');
  const state = await consumeOAuthState(services.db, query.state);
  if (!state) throw invalidState('Unknown or already used state. Start the connection again.');
  if (state.expired) throw invalidState('This authorization expired (after 10 minutes). Start the connection again.');

  if (query.error) {
    return backTo(state.redirectUri, {
      error: query.error === 'access_denied' ? 'access_denied' : 'provider_error',
      error_description: query.error_description ?? `The provider answered ${query.error}.`,
    });
  }
  if (!query.code) {
    return backTo(state.redirectUri, { error: 'invalid_request', error_description: 'The provider sent no authorization code.' });
  }
  try {
    const connectionId = await completeConnection(state, query.code, services);
    return backTo(state.redirectUri, { connectionId, status: 'active' });
  } catch (error) {
    if (!(error instanceof TokenRequestError)) throw error;
    services.logger.warn({ appId: state.appId, integration: state.integrationSlug, code: error.code }, 'token exchange failed');
    return backTo(state.redirectUri, { error: 'token_exchange_failed', error_description: error.message });
  }
};

async function completeConnection(
  state: ConsumedOAuthState,
  code: string,
  services: Services,
): Promise<string> {
  const { db, secrets, config } = services;
  const integration = findIntegration(state.integrationSlug);
  if (!integration) throw new TokenRequestError('integration_removed', 'This integration is no longer available.');
  const settings = requireOAuthClient(integration, config.environment);
  const codeVerifier = state.sealedCodeVerifier ? secrets.open(state.sealedCodeVerifier, `state:${state.stateHash}`) : undefined;
  const credentials = await exchangeCode(integration, settings, code, callbackUrl(config.publicUrl), codeVerifier);

  return db.transaction(async (trx) => {
    const connection = await saveConnection(
      trx,
      { appId: state.appId, endUserId: state.endUserId, integrationSlug: state.integrationSlug },
      (connectionId) => ({
        sealed: sealCredentials(secrets, state.appId, connectionId, credentials),
        keyId: secrets.keyId,
        expiresAt: credentials.expiresAt ? new Date(credentials.expiresAt) : null,
        scope: credentials.scope ?? null,
      }),
    );
    const endUser = await findEndUserById(trx, state.appId, state.endUserId);
    await recordEvent(trx, state.appId, 'connection.created', {
      connectionId: connection.id,
      endUserId: endUser.externalId,
      integration: state.integrationSlug,
      status: 'active',
    });
    return connection.id;
  });
}
