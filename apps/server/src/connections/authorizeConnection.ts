import { findIntegration } from '@patchbay/integrations';
import * as oauth from 'oauth4webapi';
import { upsertEndUser } from '../endUsers/store.js';
import { invalidRequest, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { requireHttpUrl } from '../http/urls.js';
import { requireOAuthClient } from '../integrations/providerSettings.js';
import { buildAuthorizationUrl } from './oauthClient.js';
import { callbackUrl } from './callbackUrl.js';
import { hashState, insertOAuthState } from './stateStore.js';

export const authorizeConnection: OperationHandler<'authorizeConnection'> = async ({ app, body, services }) => {
  const { db, secrets, config } = services;
  const integration = findIntegration(body.integrationSlug);
  if (!integration) throw notFound(`Unknown integration "${body.integrationSlug}".`);
  const redirectUri = requireHttpUrl(body.redirectUri, 'body/redirectUri').toString();
  if (app.redirectUris.length > 0 && !app.redirectUris.includes(redirectUri)) {
    throw invalidRequest(
      'body/redirectUri: is not in the app\'s list of allowed redirect URIs',
      [{ path: 'body/redirectUri', message: 'is not in the app\'s list of allowed redirect URIs' }],
      'redirect_uri_not_allowed',
    );
  }
  const settings = requireOAuthClient(integration, config.environment);

  const endUser = await upsertEndUser(db, app.id, body.endUserId, body.metadata);
  const state = oauth.generateRandomState();
  const authorization = await buildAuthorizationUrl(integration, settings, callbackUrl(config.publicUrl), state);
  await insertOAuthState(db, {
    state,
    appId: app.id,
    endUserId: endUser.id,
    integrationSlug: integration.metadata.slug,
    redirectUri,
    sealedCodeVerifier: authorization.codeVerifier && secrets.seal(authorization.codeVerifier, `state:${hashState(state)}`),
  });
  return { status: 200, body: { authorizationUrl: authorization.url, state } };
};
