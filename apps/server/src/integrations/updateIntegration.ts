import { findIntegration } from '@patchbay/integrations';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { setIntegrationEnabled } from './appIntegrationStore.js';
import { appIntegrationViews } from './appIntegrationView.js';

export const updateIntegration: OperationHandler<'updateIntegration'> = async ({ app, params, body, services }) => {
  const integration = findIntegration(params.slug);
  if (!integration) throw notFound(`Unknown integration "${params.slug}".`);
  await setIntegrationEnabled(services, app.id, params.slug, body.enabled);
  const view = await appIntegrationViews(services, app.id);
  return { status: 200, body: view(integration) };
};
