import { findIntegration } from '@patchbay/integrations';
import { createRepairLink as createLink } from '../connect/repairLinks.js';
import { invalidRequest, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findConnectionById } from './store.js';

export const createRepairLink: OperationHandler<'createRepairLink'> = async ({ app, params, body, services }) => {
  const connection = await findConnectionById(services.db, app.id, params.connectionId);
  if (!connection) throw notFound(`No connection ${params.connectionId} in this app.`);
  const extraScopes = body?.extraScopes ?? [];
  const integration = findIntegration(connection.integration_slug);
  if (extraScopes.length > 0 && integration?.auth.type !== 'oauth2') {
    throw invalidRequest(`body/extraScopes: ${integration?.metadata.name ?? connection.integration_slug} connects with an API key, which has no scopes to ask for`, [{ path: 'body/extraScopes', message: 'has no scopes' }]);
  }
  const link = await createLink(
    services,
    services.db,
    { appId: app.id, connectionId: connection.id, endUserId: connection.end_user_id, integrationSlug: connection.integration_slug, grantedScopes: connection.granted_scopes },
    extraScopes,
  );
  return { status: 201, body: link };
};
