import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findWebhookEndpoint } from './endpointStore.js';
import { startDelivery } from './targetStore.js';

export const resendEvent: OperationHandler<'resendEvent'> = async ({ app, params, body, services }) => {
  const { db } = services;
  const event = await db('webhook_events').where({ app_id: app.id, id: params.eventId }).first('id');
  if (!event) throw notFound(`No event ${params.eventId} in this app.`);
  const endpointIds = body?.endpointId
    ? [body.endpointId]
    : await db('webhook_event_targets').where({ app_id: app.id, event_id: event.id }).pluck('endpoint_id');
  const queued = await db.transaction(async (trx) => {
    let count = 0;
    for (const endpointId of endpointIds) {
      const endpoint = await findWebhookEndpoint(trx, app.id, endpointId);
      if (!endpoint) {
        if (body?.endpointId) throw notFound(`No webhook endpoint ${endpointId} in this app.`);
        continue;
      }
      if (!endpoint.enabled) continue;
      await startDelivery(trx, app.id, event.id, endpoint.id);
      count += 1;
    }
    return count;
  });
  return { status: 202, body: { queued } };
};
