import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Services } from '../services.js';
import { concurrencyLimit } from './concurrencyLimit.js';
import { attemptDelivery } from '../webhooks/deliveryAttempt.js';
import type { DeliveryRecorder } from '../webhooks/deliveryRecorder.js';
import { signingSecrets } from '../webhooks/endpointSecrets.js';
import { findEventsToFanOut, type EventToFanOut, type WebhookEndpointRow } from '../webhooks/endpointStore.js';
import { optInEventTypes, queueFanOut, type FanOutItem } from '../webhooks/outbox.js';

const itemSchema = z.object({ eventId: z.string(), endpointId: z.string().optional() });
// A job queued before fan-out jobs were batches carries one item, not an array.
const payloadSchema = z.union([z.array(itemSchema), itemSchema]);

const itemKey = (item: FanOutItem) => `${item.eventId}:${item.endpointId ?? ''}`;

/**
 * A batch of events (see outbox.ts) → the first attempt at each endpoint that wants each event,
 * made here rather than in a job per endpoint; only a failed attempt queues a deliver_webhook job
 * for its retry. The batch's events are read in one query and sent a few at a time (as many as
 * the worker runs jobs); each event's outcome is recorded (group commit) as soon as it is known,
 * and the job completes once all are. A worker killed before then leaves the unrecorded events
 * un-fanned-out and the job runs again (at least once; the webhook-id lets receivers
 * de-duplicate). Each item settles on its own, so graphile-worker retries only the failed ones.
 */
export function fanOutWebhookEvent(services: Services, record: DeliveryRecorder): Task {
  const optInTypes = [...optInEventTypes];
  const eventsAtOnce = services.config.workerConcurrency;

  const fanOut = async (event: EventToFanOut, secretsOf: (endpoint: WebhookEndpointRow) => string[]) => {
    if (event.fanned_out_at) return;
    const enabled = event.endpoints.filter((endpoint) => endpoint.enabled);
    const attempts = await Promise.all(enabled.map((endpoint) => attemptDelivery(services, event, endpoint, 1, secretsOf(endpoint))));
    const switchedOffEndpointIds = event.endpoints.filter((endpoint) => !endpoint.enabled).map((endpoint) => endpoint.id);
    await record({ appId: event.app_id, attempts, fanOut: { eventId: event.id, switchedOffEndpointIds } });
  };

  return async (rawPayload, helpers) => {
    const payload = payloadSchema.parse(rawPayload);
    const items = Array.isArray(payload) ? payload : [payload];
    const unique = [...new Map(items.map((item) => [itemKey(item), item])).values()];
    const events = new Map(
      (await findEventsToFanOut(services.db, unique, optInTypes)).map((event) => [itemKey({ eventId: event.id, endpointId: event.only_endpoint_id ?? undefined }), event]),
    );
    // An endpoint's secrets are opened once a batch: decrypting them for each event cost more than signing.
    const openedSecrets = new Map<string, string[]>();
    const secretsOf = (endpoint: WebhookEndpointRow) => {
      const opened = openedSecrets.get(endpoint.id) ?? signingSecrets(services.secrets, endpoint);
      openedSecrets.set(endpoint.id, opened);
      return opened;
    };
    const inTurn = concurrencyLimit(eventsAtOnce);
    const outcomes = new Map(unique.map((item) => [itemKey(item), inTurn(async () => {
      const event = events.get(itemKey(item));
      if (event) await fanOut(event, secretsOf);
    })]));
    if (!Array.isArray(payload)) return outcomes.get(itemKey(payload));
    const settled = await Promise.allSettled(outcomes.values());
    const failed = unique.filter((_, index) => settled[index]!.status === 'rejected');
    // graphile-worker retries the failed items, unless a newer job took this one's key while it
    // ran: then this job is on its last attempt, and the items go to the job under the key.
    if (failed.length > 0 && (await keyTaken(services, helpers.job.id))) {
      await queueFanOut(services.db, failed);
      return;
    }
    return items.map((item) => outcomes.get(itemKey(item))!);
  };
}

/** graphile-worker clears a running job's key (and spends its attempts) when a job is added under it. */
async function keyTaken(services: Services, jobId: string): Promise<boolean> {
  const job = await services.db('graphile_worker.jobs').where({ id: jobId }).first('key', 'attempts', 'max_attempts');
  return Boolean(job && job.key === null && job.attempts >= job.max_attempts);
}
