import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { deleteWebhookEndpointRow } from './endpointStore.js';

export const deleteWebhookEndpoint: OperationHandler<'deleteWebhookEndpoint'> = async ({ app, params, services }) => {
  const deleted = await deleteWebhookEndpointRow(services.db, app.id, params.endpointId);
  if (!deleted) throw notFound(`No webhook endpoint ${params.endpointId} in this app.`);
  return { status: 204 };
};
