import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { withRepairLink } from '../connect/repairLinks.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import { signingSecrets } from '../webhooks/endpointSecrets.js';
import { findWebhookEndpoint, updateWebhookEndpointRow } from '../webhooks/endpointStore.js';
import { sendWebhook } from '../webhooks/sendWebhook.js';
import { signatureHeaders } from '../webhooks/signing.js';
import { findTarget, queueDelivery, recordAttempt } from '../webhooks/targetStore.js';

const payloadSchema = z.object({ eventId: z.string(), endpointId: z.string(), attempt: z.number().int().min(1) });

/** An endpoint that has failed every delivery for this long is switched off (as Svix does). */
const disableAfterMs = 5 * 24 * 60 * 60 * 1000;

/** One attempt to deliver one event to one endpoint; schedules the next on failure. */
export function deliverWebhook(services: Services): Task {
  return async (rawPayload) => {
    const job = payloadSchema.parse(rawPayload);
    const { db, secrets, config } = services;
    const target = await findTarget(db, job.eventId, job.endpointId);
    if (!target || target.status !== 'pending') return;
    const appId = target.app_id;
    const endpoint = await findWebhookEndpoint(db, appId, job.endpointId);
    const event = await db('webhook_events').where({ app_id: appId, id: job.eventId }).first('id', 'payload');
    if (!endpoint || !endpoint.enabled || !event) {
      await db('webhook_event_targets').where({ app_id: appId, event_id: job.eventId, endpoint_id: job.endpointId }).update({ status: 'failed', next_attempt_at: null });
      return;
    }

    const body = JSON.stringify(await withRepairLink(services, appId, event.payload));
    // webhook-id is the event id on every attempt, so receivers can de-duplicate.
    const headers = signatureHeaders(event.id, new Date(), body, signingSecrets(secrets, endpoint));
    const result = await sendWebhook(endpoint.url, body, headers, { timeoutMs: config.webhooks.timeoutMs, allowPrivate: config.webhooks.allowPrivateUrls });

    const schedule = config.webhooks.retryScheduleSeconds;
    const delaySeconds = result.ok ? undefined : schedule[job.attempt - 1];
    const nextAttemptAt = delaySeconds === undefined ? null : new Date(Date.now() + delaySeconds * 1000);
    await db.transaction(async (trx) => {
      await recordAttempt(trx, {
        id: newId('whd'),
        appId,
        eventId: event.id,
        endpointId: endpoint.id,
        succeeded: result.ok,
        responseStatus: result.status,
        responseBody: result.body,
        error: result.error,
        durationMs: result.durationMs,
        nextAttemptAt,
        finalStatus: result.ok ? 'delivered' : nextAttemptAt ? 'pending' : 'failed',
      });
      if (nextAttemptAt) await queueDelivery(trx, { ...job, attempt: job.attempt + 1 }, nextAttemptAt);
      await trackEndpointHealth(trx, appId, endpoint.id, endpoint.failing_since, result.ok);
    });
    services.metrics.webhookDeliveries.inc({ outcome: result.ok ? 'delivered' : nextAttemptAt ? 'retrying' : 'failed' });
    services.logger.info(
      { appId, eventId: event.id, endpointId: endpoint.id, attempt: job.attempt, status: result.status, ok: result.ok, durationMs: result.durationMs },
      'webhook attempt',
    );
  };
}

async function trackEndpointHealth(
  trx: Parameters<typeof updateWebhookEndpointRow>[0],
  appId: string,
  endpointId: string,
  failingSince: Date | null,
  ok: boolean,
): Promise<void> {
  if (ok) {
    if (failingSince) await updateWebhookEndpointRow(trx, appId, endpointId, { failing_since: null });
    return;
  }
  if (!failingSince) {
    await updateWebhookEndpointRow(trx, appId, endpointId, { failing_since: new Date() });
  } else if (Date.now() - failingSince.getTime() > disableAfterMs) {
    await updateWebhookEndpointRow(trx, appId, endpointId, {
      enabled: false,
      disabled_reason: `Every delivery failed since ${failingSince.toISOString()}; re-enable it once the endpoint works.`,
    });
  }
}
