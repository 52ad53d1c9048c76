import { findTrigger, type InboundEvent, type TriggerItem } from '@patchbay/integrations';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { disabledIntegrations } from '../integrations/appIntegrationStore.js';
import type { Services } from '../services.js';
import { lockUnprocessedDelivery, markDeliveryProcessed } from '../triggers/deliveryStore.js';
import { fireItems } from '../triggers/fireItems.js';
import { integrationOf } from '../triggers/providerCall.js';
import { recordRun } from '../triggers/runStore.js';
import { findSubscriptionForInbound, subscriptionsByRoutingKey } from '../triggers/subscriptionStore.js';

const payloadSchema = z.object({ deliveryRowId: z.string() });

/**
 * A stored push → the subscriptions it is for → their `trigger.fired` events, the run log and the
 * delivery marked processed, in one transaction: a crash leaves it to be processed again, whole.
 */
export function processTriggerDelivery(services: Services): Task {
  return async (rawPayload) => {
    const { deliveryRowId } = payloadSchema.parse(rawPayload);
    const { db, logger } = services;
    await db.transaction(async (trx) => {
      const delivery = await lockUnprocessedDelivery(trx, deliveryRowId);
      if (!delivery) return;
      const integration = integrationOf(delivery.integration_slug);
      const event: InboundEvent = { deliveryId: delivery.delivery_id, type: delivery.event_type, body: delivery.body, ...(delivery.routing_key ? { routingKey: delivery.routing_key } : {}) };
      // Pushed to one subscription's own URL, or to the provider's app-level URL for a whole account.
      const own = delivery.subscription_id !== null;
      const subscriptions = own
        ? [await findSubscriptionForInbound(trx, delivery.integration_slug, delivery.subscription_id!)].filter((subscription) => subscription !== undefined)
        : delivery.routing_key
          ? await subscriptionsByRoutingKey(trx, delivery.integration_slug, delivery.routing_key)
          : [];
      for (const subscription of subscriptions) {
        const trigger = findTrigger(integration, subscription.trigger);
        if (trigger?.kind !== 'webhook' || !trigger.events.includes(event.type)) continue;
        const run = {
          appId: subscription.app_id,
          subscriptionId: subscription.id,
          endUserId: subscription.end_user_id,
          integrationSlug: subscription.integration_slug,
          trigger: subscription.trigger,
          kind: 'push' as const,
          durationMs: 0,
          startedAt: new Date(),
        };
        if (subscription.status !== 'active') {
          await recordRun(trx, { ...run, status: 'skipped', items: 0, error: { code: `subscription_${subscription.status}`, message: `The subscription is ${subscription.status.replace('_', ' ')}: this push was not delivered.` } });
          continue;
        }
        if ((await disabledIntegrations(services, subscription.app_id)).has(integration.metadata.slug)) {
          await recordRun(trx, { ...run, status: 'skipped', items: 0, error: { code: 'integration_disabled', message: `${integration.metadata.name} is disabled for this app: this push was not delivered.` } });
          continue;
        }
        const config = trigger.config.safeParse(subscription.config);
        if (!config.success) {
          await recordRun(trx, { ...run, status: 'failed', items: 0, error: { code: 'invalid_config', message: `The stored config no longer fits this trigger: ${config.error.issues[0]?.message ?? 'invalid'}. Delete the subscription and create it again.` } });
          continue;
        }
        const started = performance.now();
        let items: TriggerItem[];
        try {
          items = trigger.itemsFrom(event, config.data);
        } catch (error) {
          logger.warn({ subscriptionId: subscription.id, deliveryId: event.deliveryId, err: error }, 'could not read a provider push');
          await recordRun(trx, { ...run, status: 'failed', items: 0, error: { code: 'invalid_event', message: `${integration.metadata.name} sent a ${event.type} event this trigger could not read.` } });
          continue;
        }
        // A workspace-wide push that this subscription's filters leave out is not worth a log line.
        if (items.length === 0 && !own) continue;
        const { fired, invalid } = await fireItems(trx, subscription, trigger, items, logger);
        await recordRun(trx, {
          ...run,
          status: 'succeeded',
          items: fired,
          durationMs: Math.round(performance.now() - started),
          ...(invalid > 0 ? { error: { code: 'invalid_payload', message: `${invalid} item(s) did not match the trigger's payload schema and were not delivered.` } } : {}),
        });
      }
      await markDeliveryProcessed(trx, delivery.id);
    });
  };
}
