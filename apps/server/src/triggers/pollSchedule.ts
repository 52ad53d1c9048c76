import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

export const pollTriggerTask = 'poll_trigger';

// One job per subscription, found by its key: scheduling again moves it, and a poll that
// schedules its successor while it still runs makes a new one (graphile-worker's job_key).
const jobKey = (subscriptionId: string) => `trigger-poll:${subscriptionId}`;

/** Queues the subscription's next poll, in the caller's transaction (with the cursor it follows). */
export async function schedulePoll(trx: Db | Knex.Transaction, appId: string, subscriptionId: string, runAt: Date): Promise<void> {
  await trx.raw('select graphile_worker.add_job(?, ?::json, run_at => ?, job_key => ?)', [pollTriggerTask, JSON.stringify({ appId, subscriptionId }), runAt, jobKey(subscriptionId)]);
  await trx('trigger_subscriptions').where({ app_id: appId, id: subscriptionId }).update({ next_poll_at: runAt });
}

export async function unschedulePoll(trx: Db | Knex.Transaction, subscriptionId: string): Promise<void> {
  await trx.raw('select graphile_worker.remove_job(?)', [jobKey(subscriptionId)]);
}

const maxBackoffSeconds = 3600;

/**
 * Milliseconds to the next poll: the interval with ±10% jitter (subscriptions created together
 * drift apart instead of polling in step); after failures, doubling up to an hour, or as long as
 * the provider asked (Retry-After) if that is longer.
 */
export function pollDelayMs(intervalSeconds: number, failures: number, retryAfterSeconds?: number, random: () => number = Math.random): number {
  const seconds = failures === 0 ? intervalSeconds : Math.min(maxBackoffSeconds, intervalSeconds * 2 ** failures);
  const jittered = seconds * 1000 * (0.9 + 0.2 * random());
  return Math.round(Math.max(jittered, (retryAfterSeconds ?? 0) * 1000));
}
