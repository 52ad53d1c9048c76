import { integrations } from '@patchbay/integrations';
import type { OperationHandler } from '../http/operations.js';
import { integrationSummary } from './integrationSummary.js';
import { countConnectedUsers } from './store.js';

export const listIntegrations: OperationHandler<'listIntegrations'> = async ({ app, services }) => {
  const connected = await countConnectedUsers(services.db, app.id);
  return {
    status: 200,
    body: {
      integrations: integrations.map(({ metadata, actions }) => ({
        ...integrationSummary(metadata, services.config.publicUrl),
        connectedUsers: connected.get(metadata.slug) ?? 0,
        actions: actions.map(({ id, name, description }) => ({ id, name, description })),
      })),
    },
  };
};
