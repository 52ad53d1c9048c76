import { requireAllowedRedirectUri } from '../connections/redirectUris.js';
import { startOAuthConnection, type CompletionTarget } from '../connections/startOAuth.js';
import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { allowedIntegration } from './allowedIntegration.js';

export const startConnectOAuth: OperationHandler<'startConnectOAuth'> = async ({ session, params, body, headers, services }) => {
  const integration = await allowedIntegration(services, session, params.slug);
  if (integration.auth.type !== 'oauth2') {
    throw invalidRequest(`${integration.metadata.name} connects with credentials: POST them to /connect/integrations/${params.slug}/credentials.`, undefined, 'wrong_auth_type');
  }
  let target: CompletionTarget;
  if (body?.redirectUri) {
    target = { mode: 'redirect', redirectUri: requireAllowedRedirectUri(session.app, body.redirectUri, 'body/redirectUri') };
  } else {
    // The popup result goes to the page that asked. A browser always names its origin, and
    // mountOperations has already refused origins the session does not allow.
    const origin = headers.origin;
    if (!origin) throw invalidRequest('Popup mode needs the Origin header of the page that opens the popup; without a browser, pass redirectUri for redirect mode.');
    target = { mode: 'popup', origin };
  }
  const started = await startOAuthConnection(services, {
    appId: session.app.id,
    endUser: session.endUser,
    integration,
    target,
    connectSessionId: session.sessionId,
    extraScopes: session.extraScopes[params.slug] ?? [],
  });
  return { status: 200, body: started };
};
