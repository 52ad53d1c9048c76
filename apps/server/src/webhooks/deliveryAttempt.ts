import { withRepairLink } from '../connect/repairLinks.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import { signingSecrets } from './endpointSecrets.js';
import type { WebhookEndpointRow } from './endpointStore.js';
import { sendWebhook } from './sendWebhook.js';
import { signatureHeaders } from './signing.js';
import type { AttemptRecord } from './targetStore.js';

/**
 * Signs and sends one event to one endpoint (with `secrets`, opened by the caller when it signs
 * many); `roundAttempt` (1 for the first of a round) picks the delay before the next from the
 * retry schedule. Nothing is written: the caller records it.
 */
export async function attemptDelivery(
  services: Services,
  event: { id: string; app_id: string; payload: { event: string; data: Record<string, unknown> } },
  endpoint: WebhookEndpointRow,
  roundAttempt: number,
  secrets: string[] = signingSecrets(services.secrets, endpoint),
): Promise<AttemptRecord> {
  const { config } = services;
  const appId = event.app_id;
  const body = JSON.stringify(await withRepairLink(services, appId, event.payload));
  // webhook-id is the event id on every attempt, so receivers can de-duplicate.
  const headers = signatureHeaders(event.id, new Date(), body, secrets);
  const result = await sendWebhook(endpoint.url, body, headers, { timeoutMs: config.webhooks.timeoutMs, allowPrivate: config.webhooks.allowPrivateUrls });
  const delaySeconds = result.ok ? undefined : config.webhooks.retryScheduleSeconds[roundAttempt - 1];
  const nextAttemptAt = delaySeconds === undefined ? null : new Date(Date.now() + delaySeconds * 1000);
  const outcome = result.ok ? 'delivered' : nextAttemptAt ? 'retrying' : 'failed';
  services.metrics.webhookDeliveries.inc({ outcome });
  // A success is counted by the metric; a failure is worth a line an operator sees.
  services.logger[result.ok ? 'debug' : 'info'](
    { appId, eventId: event.id, endpointId: endpoint.id, attempt: roundAttempt, status: result.status, ok: result.ok, durationMs: result.durationMs },
    'webhook attempt',
  );
  return {
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
    retry: nextAttemptAt ? { eventId: event.id, endpointId: endpoint.id, attempt: roundAttempt + 1 } : undefined,
  };
}
