import type { OperationHandler } from '../http/operations.js';
import { toWebhookEndpoint } from './endpointView.js';
import { requireEndpoint } from './requireEndpoint.js';

export const getWebhookEndpoint: OperationHandler<'getWebhookEndpoint'> = async ({ app, params, services }) => {
  return { status: 200, body: toWebhookEndpoint(await requireEndpoint(services.db, app.id, params.endpointId)) };
};
