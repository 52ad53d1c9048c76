import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Services } from '../services.js';
import { endpointsForEvent, findWebhookEndpoint } from '../webhooks/endpointStore.js';
import { optInEventTypes } from '../webhooks/outbox.js';
import { startDelivery } from '../webhooks/targetStore.js';

const payloadSchema = z.object({ eventId: z.string(), endpointId: z.string().optional() });

/** One event → one delivery job per endpoint that wants it. Safe to run twice (job keys). */
export function fanOutWebhookEvent(services: Services): Task {
  return async (rawPayload) => {
    const { eventId, endpointId } = payloadSchema.parse(rawPayload);
    const { db } = services;
    const event = await db('webhook_events').where({ id: eventId }).first('id', 'app_id', 'type');
    if (!event) return;
    await db.transaction(async (trx) => {
      const endpoints = endpointId
        ? [await findWebhookEndpoint(trx, event.app_id, endpointId)].filter((endpoint) => endpoint !== undefined)
        : await endpointsForEvent(trx, event.app_id, event.type, optInEventTypes.has(event.type));
      for (const endpoint of endpoints) await startDelivery(trx, event.app_id, event.id, endpoint.id);
      await trx('webhook_events').where({ id: event.id, app_id: event.app_id }).update({ fanned_out_at: trx.fn.now() });
    });
  };
}
