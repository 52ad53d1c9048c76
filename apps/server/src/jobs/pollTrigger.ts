import { ActionError, findTrigger, type PollResult, type PollingTriggerDefinition } from '@patchbay/integrations';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { PacingTimeout } from '../actions/providerPacer.js';
import { disabledIntegrations } from '../integrations/appIntegrationStore.js';
import { storableJson } from '../db/storableText.js';
import type { Services } from '../services.js';
import { fireItems } from '../triggers/fireItems.js';
import { pollDelayMs, schedulePoll } from '../triggers/pollSchedule.js';
import { callAsConnection, integrationOf } from '../triggers/providerCall.js';
import { recordRun } from '../triggers/runStore.js';
import { findSubscription, type SubscriptionWithEndUser } from '../triggers/subscriptionStore.js';

const payloadSchema = z.object({ appId: z.string(), subscriptionId: z.string() });

/**
 * One poll of one subscription, then the next one queued. The provider is asked outside any
 * transaction; the new cursor, the `trigger.fired` events of what it found, the run's log line and
 * the next poll then commit together, and only if the cursor is still the one the poll started
 * from. A crash before the commit re-polls from the old cursor (the same items, delivered once);
 * after it, from the new one (nothing repeated).
 */
export function pollTrigger(services: Services): Task {
  return async (rawPayload) => {
    const { appId, subscriptionId } = payloadSchema.parse(rawPayload);
    const { db, logger } = services;
    const subscription = await findSubscription(db, appId, subscriptionId);
    if (!subscription || subscription.status !== 'active' || subscription.kind !== 'polling') return;
    const integration = integrationOf(subscription.integration_slug);
    const trigger = findTrigger(integration, subscription.trigger);
    if (trigger?.kind !== 'polling') throw new Error(`The catalog has no polling trigger ${subscription.integration_slug}.${subscription.trigger} any more.`);
    const intervalSeconds = services.config.triggerPollIntervalSeconds ?? trigger.pollIntervalSeconds;
    const config = trigger.config.safeParse(subscription.config);
    if (!config.success) {
      // A newer version of the trigger no longer accepts what was stored: polling cannot go on.
      await db.transaction(async (trx) => {
        await recordRun(trx, { ...runOf(subscription, new Date(), performance.now()), status: 'failed', error: { code: 'invalid_config', message: `The stored config no longer fits ${integration.metadata.name}'s ${trigger.id} trigger: ${config.error.issues[0]?.message ?? 'invalid'}. Delete the subscription and create it again.` } });
        await trx('trigger_subscriptions').where({ app_id: appId, id: subscriptionId, status: 'active' }).update({ status: 'paused', updated_at: trx.fn.now() });
      });
      return;
    }
    if ((await disabledIntegrations(services, appId)).has(integration.metadata.slug)) {
      // Disabled for the app: no calls to the provider, but the chain waits to be enabled again.
      await schedulePoll(db, appId, subscriptionId, new Date(Date.now() + pollDelayMs(intervalSeconds, 0)));
      return;
    }

    const startedAt = new Date();
    const started = performance.now();
    let result: PollResult;
    try {
      result = await callAsConnection(services, { appId, connectionId: subscription.connection_id, integration }, (context) =>
        trigger.poll(config.data, storedCursor(trigger, subscription), context),
      );
    } catch (error) {
      if (error instanceof PacingTimeout) {
        // The provider's rate limit (or an outbound cap) has no slot for a while: not a failure of the subscription, just later.
        await schedulePoll(db, appId, subscriptionId, new Date(Date.now() + error.retryAfterMs));
        return;
      }
      const failure = error instanceof ActionError ? error : new ActionError({ code: 'provider_error', message: (error as Error).message });
      services.metrics.triggerPolls.inc({ integration: integration.metadata.slug, outcome: 'failed' });
      await db.transaction(async (trx) => {
        await recordRun(trx, { ...runOf(subscription, startedAt, started), status: 'failed', error: { code: failure.code, message: failure.message } });
        // A refused grant paused the subscription (needs_reauth): it polls again after a reconnect.
        const [still] = await trx('trigger_subscriptions')
          .where({ app_id: appId, id: subscriptionId, status: 'active' })
          .increment('poll_failures', 1)
          .returning('poll_failures');
        if (still) await schedulePoll(trx, appId, subscriptionId, new Date(Date.now() + pollDelayMs(intervalSeconds, still.poll_failures, failure.retryAfter)));
      });
      return;
    }

    await db.transaction(async (trx) => {
      const advanced = await trx('trigger_subscriptions')
        .where({ app_id: appId, id: subscriptionId, status: 'active', cursor_version: subscription.cursor_version })
        .update({ cursor: JSON.stringify(storableJson(trigger.cursor.parse(result.cursor))), cursor_version: subscription.cursor_version + 1, poll_failures: 0, updated_at: trx.fn.now() });
      // Paused, deleted or polled by someone else meanwhile: their state stands, ours is dropped.
      if (advanced === 0) return;
      const { fired, invalid } = await fireItems(trx, subscription, trigger, result.items, logger);
      await recordRun(trx, {
        ...runOf(subscription, startedAt, started),
        status: 'succeeded',
        items: fired,
        ...(invalid > 0 ? { error: { code: 'invalid_payload', message: `${invalid} item(s) did not match the trigger's payload schema and were not delivered.` } } : {}),
      });
      await schedulePoll(trx, appId, subscriptionId, new Date(Date.now() + (result.more ? 0 : pollDelayMs(intervalSeconds, 0))));
    });
    services.metrics.triggerPolls.inc({ integration: integration.metadata.slug, outcome: 'succeeded' });
  };
}

/** The stored cursor, or none (a new baseline) if this trigger version can no longer read it. */
function storedCursor(trigger: PollingTriggerDefinition, subscription: SubscriptionWithEndUser): unknown {
  const parsed = trigger.cursor.safeParse(subscription.cursor);
  return parsed.success ? parsed.data : undefined;
}

function runOf(subscription: SubscriptionWithEndUser, startedAt: Date, started: number) {
  return {
    appId: subscription.app_id,
    subscriptionId: subscription.id,
    endUserId: subscription.end_user_id,
    integrationSlug: subscription.integration_slug,
    trigger: subscription.trigger,
    kind: 'poll' as const,
    items: 0,
    durationMs: Math.round(performance.now() - started),
    startedAt,
  };
}
