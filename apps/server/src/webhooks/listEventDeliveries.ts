import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findEventSummary, listDeliveryRows } from './eventStore.js';

export const listEventDeliveries: OperationHandler<'listEventDeliveries'> = async ({ app, params, services }) => {
  if (!(await findEventSummary(services.db, app.id, params.eventId))) throw notFound(`No event ${params.eventId} in this app.`);
  return { status: 200, body: { deliveries: await listDeliveryRows(services.db, app.id, params.eventId) } };
};
