import { integrations } from '@patchbay/integrations';
import type { OperationHandler } from '../http/operations.js';
import { appIntegrationViews } from './appIntegrationView.js';

export const listIntegrations: OperationHandler<'listIntegrations'> = async ({ app, services }) => {
  const view = await appIntegrationViews(services, app.id);
  return { status: 200, body: { integrations: integrations.map(view) } };
};
