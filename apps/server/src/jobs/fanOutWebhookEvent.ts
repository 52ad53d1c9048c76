import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Services } from '../services.js';
import { attemptDelivery } from '../webhooks/deliveryAttempt.js';
import type { DeliveryRecorder } from '../webhooks/deliveryRecorder.js';
import { endpointsForEvent, findWebhookEndpoint } from '../webhooks/endpointStore.js';
import { optInEventTypes } from '../webhooks/outbox.js';

const payloadSchema = z.object({ eventId: z.string(), endpointId: z.string().optional() });

/**
 * One event → the first attempt at each endpoint that wants it, made here rather than in a job
 * per endpoint; only a failed attempt queues a deliver_webhook job for its retry. The outcome
 * is recorded before the job completes, so a worker killed before then leaves the event
 * un-fanned-out and the job runs again (at least once; the webhook-id lets receivers de-duplicate).
 */
export function fanOutWebhookEvent(services: Services, record: DeliveryRecorder): Task {
  return async (rawPayload) => {
    const { eventId, endpointId } = payloadSchema.parse(rawPayload);
    const { db } = services;
    const event = await db('webhook_events').where({ id: eventId }).first('id', 'app_id', 'type', 'payload', 'fanned_out_at');
    if (!event || event.fanned_out_at) return;
    const endpoints = endpointId
      ? [await findWebhookEndpoint(db, event.app_id, endpointId)].filter((endpoint) => endpoint !== undefined)
      : await endpointsForEvent(db, event.app_id, event.type, optInEventTypes.has(event.type));
    const attempts = await Promise.all(endpoints.filter((endpoint) => endpoint.enabled).map((endpoint) => attemptDelivery(services, event, endpoint, 1)));
    const switchedOffEndpointIds = endpoints.filter((endpoint) => !endpoint.enabled).map((endpoint) => endpoint.id);
    await record({ appId: event.app_id, attempts, fanOut: { eventId: event.id, switchedOffEndpointIds } });
  };
}
