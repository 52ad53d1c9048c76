import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { AttemptedDelivery } from './deliveryAttempt.js';
import { updateWebhookEndpointRow } from './endpointStore.js';
import { groupCommit } from './groupCommit.js';
import { failTargets, recordAttempts } from './targetStore.js';

/** What one job learnt: its attempts, and for a fan-out the event it finishes. */
export interface DeliveryOutcome {
  appId: string;
  attempts: AttemptedDelivery[];
  fanOut?: { eventId: string; switchedOffEndpointIds: string[] };
}

/** Records one job's outcome, durable when the promise resolves. */
export type DeliveryRecorder = (outcome: DeliveryOutcome) => Promise<void>;

/** An endpoint that has failed every delivery for this long is switched off (as Svix does). */
const disableAfterMs = 5 * 24 * 60 * 60 * 1000;

/**
 * The outcomes of the jobs finishing at the same moment share one transaction (group commit):
 * at a few hundred deliveries a second this saves most of the round trips a transaction per
 * attempt would cost, and adds no wait when deliveries are few.
 */
export function createDeliveryRecorder(db: Db): DeliveryRecorder {
  return groupCommit<DeliveryOutcome>((outcomes) =>
    db.transaction(async (trx) => {
      // The job completes after this transaction, in a commit that waits for the disk, and the
      // log is flushed in order: if the server crashes before that, both are lost together
      // and the job runs again. So this commit need not wait for the disk itself.
      await trx.raw('set local synchronous_commit = off');
      const attempts = outcomes.flatMap((outcome) => outcome.attempts);
      await recordAttempts(trx, attempts);
      for (const { appId, fanOut } of outcomes) if (fanOut) await failTargets(trx, appId, fanOut.eventId, fanOut.switchedOffEndpointIds);
      const fannedOut = outcomes.flatMap(({ appId, fanOut }) => (fanOut ? [[fanOut.eventId, appId]] : []));
      if (fannedOut.length > 0) await trx('webhook_events').whereIn(['id', 'app_id'], fannedOut).update({ fanned_out_at: trx.fn.now() });
      // The last attempt at each endpoint decides its health.
      const lastByEndpoint = new Map(attempts.map((attempt) => [attempt.endpointId, attempt]));
      for (const attempt of lastByEndpoint.values()) await trackEndpointHealth(trx, attempt);
    }),
  );
}

async function trackEndpointHealth(trx: Knex.Transaction, attempt: AttemptedDelivery): Promise<void> {
  const { appId, endpointId, failingSince, succeeded } = attempt;
  if (succeeded) {
    if (failingSince) await updateWebhookEndpointRow(trx, appId, endpointId, { failing_since: null });
    return;
  }
  if (!failingSince) {
    await updateWebhookEndpointRow(trx, appId, endpointId, { failing_since: new Date() });
  } else if (Date.now() - failingSince.getTime() > disableAfterMs) {
    await updateWebhookEndpointRow(trx, appId, endpointId, {
      enabled: false,
      disabled_reason: `Every delivery failed since ${failingSince.toISOString()}; re-enable it once the endpoint works.`,
    });
  }
}
