import { upsertEndUser } from '../endUsers/store.js';
import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import { requireAllowedRedirectUri } from './redirectUris.js';
import { startOAuthConnection } from './startOAuth.js';

export const authorizeConnection: OperationHandler<'authorizeConnection'> = async ({ app, body, services }) => {
  const integration = await enabledIntegration(services, app.id, body.integrationSlug);
  if (integration.auth.type !== 'oauth2') {
    throw invalidRequest(
      `${integration.metadata.name} connects with an API key, not OAuth: use POST /api/v1/connections with its credentials.`,
      undefined,
      'wrong_auth_type',
    );
  }
  const redirectUri = requireAllowedRedirectUri(app, body.redirectUri, 'body/redirectUri');
  const endUser = await upsertEndUser(services.db, app.id, body.endUserId, body.metadata);
  const started = await startOAuthConnection(services, { appId: app.id, endUser, integration, target: { mode: 'redirect', redirectUri } });
  return { status: 200, body: started };
};
