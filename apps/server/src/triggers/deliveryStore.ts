import type { InboundEvent } from '@patchbay/integrations';
import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { storableJson, storableText } from '../db/storableText.js';
import { newId } from '../ids.js';

export const processTriggerDeliveryTask = 'process_trigger_delivery';

export interface DeliveryRow {
  id: string;
  integration_slug: string;
  subscription_id: string | null;
  delivery_id: string;
  event_type: string;
  routing_key: string | null;
  body: unknown;
  processed_at: Date | null;
}

/**
 * Stores a verified push and queues its processing, once per provider delivery id: a retry of a
 * delivery already stored (the unique constraint decides, across processes) stores nothing and
 * queues nothing. Returns whether this was the first time.
 */
export async function storeDelivery(db: Db, integrationSlug: string, subscriptionId: string | null, event: InboundEvent): Promise<boolean> {
  return db.transaction(async (trx) => {
    const [stored] = await trx('trigger_deliveries')
      .insert({
        id: newId('inb'),
        integration_slug: integrationSlug,
        subscription_id: subscriptionId,
        scope: subscriptionId ?? '',
        // A provider's text may hold what PostgreSQL cannot store (NUL): kept with U+FFFD instead.
        delivery_id: storableText(event.deliveryId),
        event_type: storableText(event.type),
        routing_key: event.routingKey === undefined ? null : storableText(event.routingKey),
        body: JSON.stringify(storableJson(event.body)),
      })
      .onConflict(['integration_slug', 'scope', 'delivery_id'])
      .ignore()
      .returning('id');
    if (!stored) return false;
    await trx.raw('select graphile_worker.add_job(?, ?::json)', [processTriggerDeliveryTask, JSON.stringify({ deliveryRowId: stored.id })]);
    return true;
  });
}

/** The delivery, locked for this transaction, if it has not been processed yet. */
export async function lockUnprocessedDelivery(trx: Knex.Transaction, id: string): Promise<DeliveryRow | undefined> {
  return trx('trigger_deliveries').where({ id }).whereNull('processed_at').forUpdate().first();
}

/** Processed: only the ids stay, to recognise the provider's retries. */
export async function markDeliveryProcessed(trx: Knex.Transaction, id: string): Promise<void> {
  await trx('trigger_deliveries').where({ id }).update({ processed_at: trx.fn.now(), body: null });
}

/** Ids older than any provider's retry window (Stripe's is three days) are no longer needed. */
export async function pruneDeliveries(db: Db, olderThanDays: number): Promise<number> {
  return db('trigger_deliveries').where('received_at', '<', db.raw('now() - make_interval(days => ?)', [olderThanDays])).whereNotNull('processed_at').delete();
}
