import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Services } from '../services.js';
import { attemptDelivery } from '../webhooks/deliveryAttempt.js';
import type { DeliveryRecorder } from '../webhooks/deliveryRecorder.js';
import { findEventToFanOut } from '../webhooks/endpointStore.js';
import { optInEventTypes } from '../webhooks/outbox.js';

const payloadSchema = z.object({ eventId: z.string(), endpointId: z.string().optional() });

/**
 * One event → the first attempt at each endpoint that wants it, made here rather than in a job
 * per endpoint; only a failed attempt queues a deliver_webhook job for its retry. The outcome
 * is recorded before the job completes, so a worker killed before then leaves the event
 * un-fanned-out and the job runs again (at least once; the webhook-id lets receivers de-duplicate).
 */
export function fanOutWebhookEvent(services: Services, record: DeliveryRecorder): Task {
  const optInTypes = [...optInEventTypes];
  return async (rawPayload) => {
    const { eventId, endpointId } = payloadSchema.parse(rawPayload);
    const event = await findEventToFanOut(services.db, eventId, optInTypes, endpointId);
    if (!event || event.fanned_out_at) return;
    const enabled = event.endpoints.filter((endpoint) => endpoint.enabled);
    const attempts = await Promise.all(enabled.map((endpoint) => attemptDelivery(services, event, endpoint, 1)));
    const switchedOffEndpointIds = event.endpoints.filter((endpoint) => !endpoint.enabled).map((endpoint) => endpoint.id);
    await record({ appId: event.app_id, attempts, fanOut: { eventId: event.id, switchedOffEndpointIds } });
  };
}
