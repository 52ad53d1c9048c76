import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

export const runQueuedActionTask = 'run_action';

/**
 * The validated input travels in the job (the execution row keeps only a redacted copy); the
 * job is deleted once it completes.
 */
export async function queueAction(db: Db | Knex.Transaction, job: { appId: string; executionId: string; input: unknown }, runAt = new Date()): Promise<void> {
  await db.raw('select graphile_worker.add_job(?, ?::json, run_at => ?, job_key => ?, max_attempts => 3)', [runQueuedActionTask, JSON.stringify(job), runAt, `action:${job.executionId}`]);
}
