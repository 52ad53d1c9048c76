import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Services } from '../services.js';
import { attemptDelivery } from '../webhooks/deliveryAttempt.js';
import type { DeliveryRecorder } from '../webhooks/deliveryRecorder.js';
import { findWebhookEndpoint } from '../webhooks/endpointStore.js';
import { findTarget } from '../webhooks/targetStore.js';

const payloadSchema = z.object({ eventId: z.string(), endpointId: z.string(), attempt: z.number().int().min(1) });

/** A retry, or the first attempt of a re-send: one event to one endpoint; a failure queues the next. */
export function deliverWebhook(services: Services, record: DeliveryRecorder): Task {
  return async (rawPayload) => {
    const job = payloadSchema.parse(rawPayload);
    const { db } = services;
    const target = await findTarget(db, job.eventId, job.endpointId);
    if (!target || target.status !== 'pending') return;
    const appId = target.app_id;
    const endpoint = await findWebhookEndpoint(db, appId, job.endpointId);
    const event = await db('webhook_events').where({ app_id: appId, id: job.eventId }).first('id', 'app_id', 'payload');
    if (!endpoint || !endpoint.enabled || !event) {
      await db('webhook_event_targets').where({ app_id: appId, event_id: job.eventId, endpoint_id: job.endpointId }).update({ status: 'failed', next_attempt_at: null });
      return;
    }
    await record({ appId, attempts: [await attemptDelivery(services, event, endpoint, job.attempt)] });
  };
}
