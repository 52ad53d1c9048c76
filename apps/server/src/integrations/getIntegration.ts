import { actionJsonSchemas, findIntegration } from '@patchbay/integrations';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { integrationSummary } from './integrationSummary.js';
import { countConnectedUsers } from './store.js';

export const getIntegration: OperationHandler<'getIntegration'> = async ({ app, params, services }) => {
  const integration = findIntegration(params.slug);
  if (!integration) throw notFound(`Unknown integration "${params.slug}".`);
  const { metadata, auth, actions } = integration;
  const connected = await countConnectedUsers(services.db, app.id);
  return {
    status: 200,
    body: {
      ...integrationSummary(metadata, services.config.publicUrl),
      version: metadata.version,
      connectedUsers: connected.get(metadata.slug) ?? 0,
      actions: actions.map((action) => ({ id: action.id, name: action.name, description: action.description, ...actionJsonSchemas(action) })),
      ...(auth.type === 'oauth2' ? {} : { credentialFields: auth.fields }),
    },
  };
};
