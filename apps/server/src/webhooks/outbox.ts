import type { WebhookEvent } from '@patchbay/api-types';
import type { Knex } from 'knex';
import { storableJson } from '../db/storableText.js';
import { newId } from '../ids.js';

export const fanOutWebhookEventTask = 'deliver_webhook_event';

/**
 * Fan-out jobs are graphile-worker batch jobs: an event is appended to the array payload of the
 * job under its key while that job waits, so a burst becomes a few jobs of many events instead
 * of a job each; a lone event still gets a job of its own, run at once. A transaction uses one
 * key (its id modulo this), so transactions writing many events cannot deadlock on job keys,
 * and concurrent ones spread over the keys, so several workers share a burst.
 */
export const fanOutJobKeys = 32;

/** One event to fan out: an item of a fan-out job's payload. */
export interface FanOutItem {
  eventId: string;
  endpointId?: string;
}

/** Event types sent only to endpoints that ask for them by name. */
export const optInEventTypes: ReadonlySet<string> = new Set(['execution.succeeded']);

// What is kept of an event: a needs_reauth event's repair link is minted at each delivery
// (connect/repairLinks.ts), never stored.
type EventData<T extends WebhookEvent['event']> = T extends 'connection.needs_reauth'
  ? Omit<Extract<WebhookEvent, { event: T }>['data'], 'repairLink'>
  : Extract<WebhookEvent, { event: T }>['data'];

/**
 * Writes the event and queues its delivery inside the caller's transaction (the outbox
 * pattern): the change and its webhook commit together or not at all.
 */
export async function recordEvent<T extends WebhookEvent['event']>(
  trx: Knex.Transaction,
  appId: string,
  event: T,
  data: EventData<T>,
  options: { onlyEndpointId?: string } = {},
): Promise<string> {
  const id = newId('evt');
  const payload = { event, timestamp: new Date().toISOString(), data };
  await trx('webhook_events').insert({ id, app_id: appId, type: event, payload: JSON.stringify(storableJson(payload)) });
  await queueFanOut(trx, [{ eventId: id, ...(options.onlyEndpointId ? { endpointId: options.onlyEndpointId } : {}) }]);
  return id;
}

/**
 * Appends events to the fan-out job under this transaction's key (a new job if it already runs).
 * add_job adds nothing and returns no job when a worker locks the keyed job between the
 * function's own check and its insert; added again, the events go to a new job.
 */
export async function queueFanOut(db: Knex | Knex.Transaction, items: FanOutItem[]): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    const { rows } = await db.raw(`select (graphile_worker.add_job(?, ?::json, job_key => ? || (txid_current() % ?))).id`, [
      fanOutWebhookEventTask,
      JSON.stringify(items),
      `${fanOutWebhookEventTask}:`,
      fanOutJobKeys,
    ]);
    if (rows[0].id !== null) return;
    if (tries === 3) throw new Error('The webhook fan-out job could not be queued: its job key stayed contended.');
  }
}

/** The enabled endpoints of an app (`appId`, an SQL expression) that ask for an event type (its one binding). */
export const endpointsWantingSql = (appId: string) => `select 1 from webhook_endpoints where app_id = ${appId} and enabled and deleted_at is null and ? = any(events)`;

/** Opt-in events are written only when some endpoint of the app wants them. */
export async function wantsOptInEvent(trx: Knex.Transaction, appId: string, type: string): Promise<boolean> {
  const { rows } = await trx.raw(`select exists (${endpointsWantingSql('?')}) as wanted`, [appId, type]);
  return rows[0].wanted === true;
}
