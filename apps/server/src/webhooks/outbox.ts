import type { WebhookEvent } from '@patchbay/api-types';
import type { Knex } from 'knex';
import { storableJson } from '../db/storableText.js';
import { newId } from '../ids.js';

export const fanOutWebhookEventTask = 'deliver_webhook_event';

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
  await trx.raw('select graphile_worker.add_job(?, ?::json)', [
    fanOutWebhookEventTask,
    JSON.stringify({ eventId: id, ...(options.onlyEndpointId ? { endpointId: options.onlyEndpointId } : {}) }),
  ]);
  return id;
}

/** Opt-in events are written only when some endpoint of the app wants them. */
export async function wantsOptInEvent(trx: Knex.Transaction, appId: string, type: string): Promise<boolean> {
  const row = await trx('webhook_endpoints')
    .where({ app_id: appId, enabled: true })
    .whereNull('deleted_at')
    .whereRaw('? = any(events)', [type])
    .first('id');
  return Boolean(row);
}
