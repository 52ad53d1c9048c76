import type { OperationHandler } from '../http/operations.js';
import { listWebhookEndpointRows } from './endpointStore.js';
import { toWebhookEndpoint } from './endpointView.js';

export const listWebhookEndpoints: OperationHandler<'listWebhookEndpoints'> = async ({ app, services }) => {
  const rows = await listWebhookEndpointRows(services.db, app.id);
  return { status: 200, body: { endpoints: rows.map(toWebhookEndpoint) } };
};
