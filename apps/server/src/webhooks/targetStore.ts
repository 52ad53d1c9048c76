import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

type Queryable = Db | Knex.Transaction;

export const deliverWebhookTask = 'deliver_webhook';

export interface DeliveryJob {
  eventId: string;
  endpointId: string;
  /** 1 for the first attempt of this round; a resend starts a new round. */
  attempt: number;
}

/** graphile-worker's own retries of a delivery job that throws (the retry schedule is ours, in config). */
export const deliveryJobMaxAttempts = 5;

/** One job per event and endpoint at a time: the job key makes fan-out re-runs harmless. */
export const deliveryJobKey = (job: Pick<DeliveryJob, 'eventId' | 'endpointId'>) => `webhook:${job.eventId}:${job.endpointId}`;

export async function queueDelivery(db: Queryable, job: DeliveryJob, runAt?: Date): Promise<void> {
  await db.raw('select graphile_worker.add_job(?, ?::json, run_at => ?, job_key => ?, max_attempts => ?)', [
    deliverWebhookTask,
    JSON.stringify(job),
    runAt ?? new Date(),
    deliveryJobKey(job),
    deliveryJobMaxAttempts,
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
