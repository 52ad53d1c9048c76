import type { TriggerDefinition, TriggerItem } from '@patchbay/integrations';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { storableJson, storableText } from '../db/storableText.js';
import { recordEvent } from '../webhooks/outbox.js';
import type { SubscriptionWithEndUser } from './subscriptionStore.js';

/**
 * Each item becomes a `trigger.fired` event in the outbox, in the caller's transaction (with the
 * cursor or delivery it came from). An item whose payload does not match the trigger's schema is
 * left out and reported, rather than holding up the ones after it; text PostgreSQL cannot store
 * (NUL, lone surrogates) is kept as U+FFFD.
 */
export async function fireItems(
  trx: Knex.Transaction,
  subscription: SubscriptionWithEndUser,
  trigger: TriggerDefinition,
  items: TriggerItem[],
  logger: Logger,
): Promise<{ fired: number; invalid: number }> {
  let fired = 0;
  for (const item of items) {
    const payload = trigger.payload.safeParse(item.payload);
    if (!payload.success) {
      logger.warn({ subscriptionId: subscription.id, itemId: item.id, issues: payload.error.issues }, 'trigger item does not match its payload schema');
      continue;
    }
    await recordEvent(trx, subscription.app_id, 'trigger.fired', {
      subscriptionId: subscription.id,
      endUserId: subscription.end_user_external_id,
      connectionId: subscription.connection_id,
      integration: subscription.integration_slug,
      trigger: subscription.trigger,
      itemId: storableText(item.id),
      payload: storableJson(payload.data) as Record<string, unknown>,
    });
    fired += 1;
  }
  return { fired, invalid: items.length - fired };
}
