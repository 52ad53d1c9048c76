import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { storableText } from '../db/storableText.js';

type Queryable = Db | Knex.Transaction;

export const deliverWebhookTask = 'deliver_webhook';

export interface DeliveryJob {
  eventId: string;
  endpointId: string;
  /** 1 for the first attempt of this round; a resend starts a new round. */
  attempt: number;
}

/** One job per event and endpoint at a time; the job key makes fan-out re-runs harmless. */
export async function queueDelivery(db: Queryable, job: DeliveryJob, runAt?: Date): Promise<void> {
  await db.raw('select graphile_worker.add_job(?, ?::json, run_at => ?, job_key => ?, max_attempts => 5)', [
    deliverWebhookTask,
    JSON.stringify(job),
    runAt ?? new Date(),
    `webhook:${job.eventId}:${job.endpointId}`,
  ]);
}

/** Marks (event, endpoint) pending and queues its first attempt. */
export async function startDelivery(db: Queryable, appId: string, eventId: string, endpointId: string): Promise<void> {
  await db('webhook_event_targets')
    .insert({ app_id: appId, event_id: eventId, endpoint_id: endpointId, status: 'pending', next_attempt_at: db.fn.now() })
    .onConflict(['event_id', 'endpoint_id'])
    .merge({ status: 'pending', next_attempt_at: db.fn.now(), updated_at: db.fn.now() });
  await queueDelivery(db, { eventId, endpointId, attempt: 1 });
}

export interface TargetRow {
  app_id: string;
  event_id: string;
  endpoint_id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
}

export async function findTarget(db: Queryable, eventId: string, endpointId: string): Promise<TargetRow | undefined> {
  return db('webhook_event_targets').where({ event_id: eventId, endpoint_id: endpointId }).first();
}

/** One attempt at one (event, endpoint), as the worker records it. */
export interface AttemptRecord {
  id: string;
  appId: string;
  eventId: string;
  endpointId: string;
  succeeded: boolean;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: Date | null;
  finalStatus: 'pending' | 'delivered' | 'failed';
  /** The round's next attempt, queued with the record when this one failed and the schedule goes on. */
  retry: DeliveryJob | undefined;
}

/**
 * Records attempts in a few statements whatever their number: each target is created (a first
 * attempt) or updated, each attempt gets its row numbered after the target's count, and failed
 * ones queue their next attempt in the same transaction.
 */
export async function recordAttempts(trx: Knex.Transaction, attempts: readonly AttemptRecord[]): Promise<void> {
  if (attempts.length === 0) return;
  const targets: { event_id: string; endpoint_id: string; attempts: number }[] = await trx('webhook_event_targets')
    .insert(
      attempts.map((attempt) => ({
        app_id: attempt.appId,
        event_id: attempt.eventId,
        endpoint_id: attempt.endpointId,
        status: attempt.finalStatus,
        attempts: 1,
        next_attempt_at: attempt.nextAttemptAt,
      })),
    )
    .onConflict(['event_id', 'endpoint_id'])
    .merge({
      attempts: trx.raw('webhook_event_targets.attempts + 1'),
      status: trx.raw('excluded.status'),
      next_attempt_at: trx.raw('excluded.next_attempt_at'),
      updated_at: trx.fn.now(),
    })
    // The conflict target is the primary key; the app check keeps a target from crossing apps.
    .where('webhook_event_targets.app_id', trx.raw('excluded.app_id'))
    .returning(['event_id', 'endpoint_id', 'attempts']);
  const countOf = new Map(targets.map((target) => [`${target.event_id}:${target.endpoint_id}`, target.attempts]));
  await trx('webhook_deliveries').insert(
    attempts.map((attempt) => ({
      id: attempt.id,
      app_id: attempt.appId,
      event_id: attempt.eventId,
      endpoint_id: attempt.endpointId,
      attempt: countOf.get(`${attempt.eventId}:${attempt.endpointId}`) ?? 1,
      status: attempt.succeeded ? 'succeeded' : 'failed',
      response_status: attempt.responseStatus,
      // The receiver's answer is not ours to refuse: made storable, never lost.
      response_body: attempt.responseBody === null ? null : storableText(attempt.responseBody),
      error: attempt.error === null ? null : storableText(attempt.error),
      duration_ms: attempt.durationMs,
      next_attempt_at: attempt.nextAttemptAt,
    })),
  );
  for (const attempt of attempts) if (attempt.retry && attempt.nextAttemptAt) await queueDelivery(trx, attempt.retry, attempt.nextAttemptAt);
}

/** A target that cannot be attempted (its endpoint is switched off) fails without an attempt. */
export async function failTargets(db: Queryable, appId: string, eventId: string, endpointIds: readonly string[]): Promise<void> {
  if (endpointIds.length === 0) return;
  await db('webhook_event_targets')
    .insert(endpointIds.map((endpointId) => ({ app_id: appId, event_id: eventId, endpoint_id: endpointId, status: 'failed', next_attempt_at: null })))
    .onConflict(['event_id', 'endpoint_id'])
    .merge({ status: 'failed', next_attempt_at: null, updated_at: db.fn.now() })
    .where('webhook_event_targets.app_id', appId);
}
