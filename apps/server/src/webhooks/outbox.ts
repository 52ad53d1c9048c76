import type { WebhookEvent } from '@patchbay/api-types';
import type { Knex } from 'knex';
import { newId } from '../ids.js';

export const deliverWebhookEventTask = 'deliver_webhook_event';

type EventData<T extends WebhookEvent['event']> = Extract<WebhookEvent, { event: T }>['data'];

/**
 * Writes the event and queues its delivery inside the caller's transaction (the outbox
 * pattern): the change and its webhook commit together or not at all.
 */
export async function recordEvent<T extends WebhookEvent['event']>(
  trx: Knex.Transaction,
  appId: string,
  event: T,
  data: EventData<T>,
): Promise<string> {
  const id = newId('evt');
  const payload = { event, timestamp: new Date().toISOString(), data };
  await trx('webhook_events').insert({ id, app_id: appId, type: event, payload: JSON.stringify(payload) });
  await trx.raw('select graphile_worker.add_job(?, json_build_object(?::text, ?::text))', [deliverWebhookEventTask, 'eventId', id]);
  return id;
}
