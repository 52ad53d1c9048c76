import type { Task } from 'graphile-worker';
import type { Services } from '../services.js';
import { pruneDeliveries } from '../triggers/deliveryStore.js';
import { pruneRuns } from '../triggers/runStore.js';
import { schedulePoll } from '../triggers/pollSchedule.js';

export const maintainTriggersTask = 'maintain_triggers';
/** Every 10 minutes. */
export const maintainTriggersCron = `*/10 * * * * ${maintainTriggersTask}`;

// Providers retry for up to three days (Stripe); delivery ids are kept a while longer.
const keepDeliveryIdsDays = 7;
// A poll a minute is 1,440 log lines a day per subscription: the log keeps a month (usage is
// rolled up daily long before).
const keepRunsDays = 30;
const stalledAfterMinutes = 15;

/**
 * Forgets old delivery ids and run log lines, and restarts the poll chain of any active polling subscription whose
 * poll job is gone or gave up (its retries ran out while the database was down, say).
 */
export function maintainTriggers(services: Services): Task {
  return async () => {
    const { db, logger } = services;
    const pruned = (await pruneDeliveries(db, keepDeliveryIdsDays)) + (await pruneRuns(db, keepRunsDays));
    // A maintenance sweep over every app; each reschedule is scoped by the row's app id.
    const stalled: { id: string; app_id: string }[] = await db('trigger_subscriptions as s')
      .where({ 's.kind': 'polling', 's.status': 'active' })
      .andWhere((q) => q.whereNull('s.next_poll_at').orWhere('s.next_poll_at', '<', db.raw('now() - make_interval(mins => ?)', [stalledAfterMinutes])))
      .whereNotExists(db('graphile_worker.jobs as j').whereRaw("j.key = 'trigger-poll:' || s.id").andWhereRaw('j.attempts < j.max_attempts'))
      .select('s.id', 's.app_id');
    for (const subscription of stalled) await schedulePoll(db, subscription.app_id, subscription.id, new Date());
    if (pruned > 0 || stalled.length > 0) logger.info({ pruned, restarted: stalled.length }, 'trigger maintenance');
  };
}
