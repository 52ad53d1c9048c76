import { findIntegration } from '@patchbay/integrations';
import { createRepairLink as createLink } from '../connect/repairLinks.js';
import { invalidRequest, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { noScopesReason } from './requestedScopes.js';
import { findConnectionById } from './store.js';

export const createRepairLink: OperationHandler<'createRepairLink'> = async ({ app, params, body, services }) => {
  const connection = await findConnectionById(services.db, app.id, params.connectionId);
  if (!connection) throw notFound(`No connection ${params.connectionId} in this app.`);
  const extraScopes = body?.extraScopes ?? [];
  const integration = findIntegration(connection.integration_slug);
  const noScopes = integration && noScopesReason(integration);
  if (extraScopes.length > 0 && noScopes) throw invalidRequest(`body/extraScopes: ${noScopes}`, [{ path: 'body/extraScopes', message: 'has no scopes' }]);
  const link = await createLink(
    services,
    services.db,
    { appId: app.id, connectionId: connection.id, endUserId: connection.end_user_id, integrationSlug: connection.integration_slug, grantedScopes: connection.granted_scopes },
    extraScopes,
  );
  return { status: 201, body: link };
};
