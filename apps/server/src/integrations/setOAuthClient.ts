import { findIntegration } from '@patchbay/integrations';
import { invalidRequest, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { saveAppOAuthClient } from './appIntegrationStore.js';

export const setOAuthClient: OperationHandler<'setOAuthClient'> = async ({ app, params, body, services }) => {
  const integration = findIntegration(params.slug);
  if (!integration) throw notFound(`Unknown integration "${params.slug}".`);
  if (integration.auth.type !== 'oauth2') throw invalidRequest(`${integration.metadata.name} does not use OAuth.`, undefined, 'wrong_auth_type');
  await saveAppOAuthClient(services, app.id, params.slug, { clientId: body.clientId, clientSecret: body.clientSecret, scopes: body.scopes ?? null });
  return { status: 200, body: { integration: params.slug, clientId: body.clientId, scopes: body.scopes ?? null } };
};
