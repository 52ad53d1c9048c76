import type { Db } from '../db/knex.js';
import { storableText } from '../db/storableText.js';
import { groupCommit } from '../db/groupCommit.js';
import { deliverWebhookTask, deliveryJobKey, deliveryJobMaxAttempts, type AttemptRecord } from './targetStore.js';

/** What one job learnt: its attempts, and for a fan-out the event it finishes. */
export interface DeliveryOutcome {
  appId: string;
  attempts: AttemptRecord[];
  fanOut?: { eventId: string; switchedOffEndpointIds: string[] };
}

/** Records one job's outcome, durable when the promise resolves. */
export type DeliveryRecorder = (outcome: DeliveryOutcome) => Promise<void>;

/** An endpoint that has failed every delivery for this long is switched off (as Svix does). */
const disableAfterDays = 5;

/**
 * The outcomes of the jobs finishing at the same moment are written together in one statement
 * (group commit): at hundreds of deliveries a second this saves most of the round trips and
 * commits a transaction per attempt would cost, and adds no wait when deliveries are few.
 */
export function createDeliveryRecorder(db: Db): DeliveryRecorder {
  return groupCommit<DeliveryOutcome>((outcomes) => recordOutcomes(db, outcomes));
}

/**
 * One statement, so one atomic commit: each attempt creates its (event, endpoint) target (a
 * first attempt) or updates it, gets its delivery row numbered after the target's count, and
 * queues the round's next attempt when it failed; switched-off endpoints fail their target
 * without an attempt; fanned-out events are marked; the last attempt at each endpoint sets its
 * health (failing since when, switched off after five days of failures).
 */
async function recordOutcomes(db: Db, outcomes: readonly DeliveryOutcome[]): Promise<void> {
  const attempts = outcomes.flatMap((outcome) => outcome.attempts);
  const lastByEndpoint = new Map(attempts.map((attempt) => [attempt.endpointId, attempt]));
  await db.raw(
    `with attempt as (
       select * from json_to_recordset(?::json) as a(
         id text, app_id text, event_id text, endpoint_id text, status text, succeeded boolean, response_status int,
         response_body text, error text, duration_ms int, next_attempt_at timestamptz, retry json, retry_key text)
     ), target as (
       insert into webhook_event_targets as t (app_id, event_id, endpoint_id, status, attempts, next_attempt_at)
       select app_id, event_id, endpoint_id, status, 1, next_attempt_at from attempt
       on conflict (event_id, endpoint_id) do update
         set attempts = t.attempts + 1, status = excluded.status, next_attempt_at = excluded.next_attempt_at, updated_at = now()
         -- The conflict target is the primary key; the app check keeps a target from crossing apps.
         where t.app_id = excluded.app_id
       returning event_id, endpoint_id, attempts
     ), delivery as (
       insert into webhook_deliveries (id, app_id, event_id, endpoint_id, attempt, status, response_status, response_body, error, duration_ms, next_attempt_at)
       select a.id, a.app_id, a.event_id, a.endpoint_id, coalesce(t.attempts, 1), case when a.succeeded then 'succeeded' else 'failed' end,
              a.response_status, a.response_body, a.error, a.duration_ms, a.next_attempt_at
       from attempt a left join target t on t.event_id = a.event_id and t.endpoint_id = a.endpoint_id
     ), retry as (
       -- Queued as queueDelivery queues one (its job key and attempts).
       select graphile_worker.add_job(?, a.retry, run_at => a.next_attempt_at, job_key => a.retry_key, max_attempts => ?)
       from attempt a where a.retry is not null
     ), switched_off as (
       insert into webhook_event_targets as t (app_id, event_id, endpoint_id, status, next_attempt_at)
       select app_id, event_id, endpoint_id, 'failed', null from json_to_recordset(?::json) as s(app_id text, event_id text, endpoint_id text)
       on conflict (event_id, endpoint_id) do update set status = 'failed', next_attempt_at = null, updated_at = now() where t.app_id = excluded.app_id
     ), fanned_out as (
       update webhook_events e set fanned_out_at = now()
       from json_to_recordset(?::json) as f(app_id text, event_id text)
       where e.id = f.event_id and e.app_id = f.app_id
     ), health as (
       update webhook_endpoints w
       set failing_since = case when h.ok then null else coalesce(w.failing_since, now()) end,
           enabled = w.enabled and (h.ok or w.failing_since is null or w.failing_since >= now() - make_interval(days => ?)),
           disabled_reason = case when h.ok or w.failing_since is null or w.failing_since >= now() - make_interval(days => ?) then w.disabled_reason
             else 'Every delivery failed since ' || to_char(w.failing_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '; re-enable it once the endpoint works.' end,
           updated_at = now()
       from json_to_recordset(?::json) as h(app_id text, endpoint_id text, ok boolean)
       where w.id = h.endpoint_id and w.app_id = h.app_id and w.deleted_at is null
         and (case when h.ok then w.failing_since is not null
                   else w.failing_since is null or (w.enabled and w.failing_since < now() - make_interval(days => ?)) end)
     )
     -- Referenced, or the add_job calls would not run.
     select count(*) as retries from retry`,
    [
      JSON.stringify(
        attempts.map((attempt) => ({
          id: attempt.id,
          app_id: attempt.appId,
          event_id: attempt.eventId,
          endpoint_id: attempt.endpointId,
          status: attempt.finalStatus,
          succeeded: attempt.succeeded,
          response_status: attempt.responseStatus,
          // The receiver's answer is not ours to refuse: made storable, never lost.
          response_body: attempt.responseBody === null ? null : storableText(attempt.responseBody),
          error: attempt.error === null ? null : storableText(attempt.error),
          duration_ms: attempt.durationMs,
          next_attempt_at: attempt.nextAttemptAt,
          retry: attempt.retry ?? null,
          retry_key: attempt.retry ? deliveryJobKey(attempt.retry) : null,
        })),
      ),
      deliverWebhookTask,
      deliveryJobMaxAttempts,
      JSON.stringify(
        outcomes.flatMap(({ appId, fanOut }) => (fanOut?.switchedOffEndpointIds ?? []).map((endpointId) => ({ app_id: appId, event_id: fanOut!.eventId, endpoint_id: endpointId }))),
      ),
      JSON.stringify(outcomes.flatMap(({ appId, fanOut }) => (fanOut ? [{ app_id: appId, event_id: fanOut.eventId }] : []))),
      disableAfterDays,
      disableAfterDays,
      JSON.stringify([...lastByEndpoint.values()].map((attempt) => ({ app_id: attempt.appId, endpoint_id: attempt.endpointId, ok: attempt.succeeded }))),
      disableAfterDays,
    ],
  );
}
