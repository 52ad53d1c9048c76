import { findIntegration } from '@patchbay/integrations';
import { noScopesReason } from '../connections/requestedScopes.js';
import { upsertEndUser } from '../endUsers/store.js';
import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { normalizeOrigins } from './allowedOrigins.js';
import { insertConnectSession } from './sessionStore.js';

export const createConnectSession: OperationHandler<'createConnectSession'> = async ({ app, body, services }) => {
  const allowed = body.allowedIntegrations ?? [];
  const unknown = allowed.findIndex((slug) => !findIntegration(slug));
  if (unknown >= 0) {
    const path = `body/allowedIntegrations/${unknown}`;
    throw invalidRequest(`${path}: unknown integration "${allowed[unknown]}"`, [{ path, message: 'is not an integration' }]);
  }
  const extraScopes = body.extraScopes ?? {};
  for (const slug of Object.keys(extraScopes)) {
    const path = `body/extraScopes/${slug}`;
    const integration = findIntegration(slug);
    if (!integration) throw invalidRequest(`${path}: unknown integration "${slug}"`, [{ path, message: 'is not an integration' }]);
    const noScopes = noScopesReason(integration);
    if (noScopes) throw invalidRequest(`${path}: ${noScopes}`, [{ path, message: 'has no scopes' }]);
    if (allowed.length > 0 && !allowed.includes(slug)) throw invalidRequest(`${path}: ${slug} is not in allowedIntegrations`, [{ path, message: 'is not in allowedIntegrations' }]);
  }
  const allowedOrigins = normalizeOrigins(body.allowedOrigins ?? [], 'body/allowedOrigins');
  const endUser = await upsertEndUser(services.db, app.id, body.endUserId, body.metadata);
  const session = await insertConnectSession(services.db, {
    id: newId('cs'),
    appId: app.id,
    endUserId: endUser.id,
    allowedIntegrations: allowed,
    allowedOrigins,
    extraScopes,
  });
  return { status: 201, body: { token: session.token, expiresAt: session.expiresAt.toISOString() } };
};
