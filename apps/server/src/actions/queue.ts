import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

export const runQueuedActionTask = 'run_action';

/**
 * The validated input travels in the job (the execution row keeps only a redacted copy); the
 * job is deleted once it completes.
 */
export async function queueAction(db: Db | Knex.Transaction, job: { appId: string; executionId: string; input: unknown }): Promise<void> {
  await db.raw('select graphile_worker.add_job(?, ?::json, job_key => ?, max_attempts => 3)', [runQueuedActionTask, JSON.stringify(job), `action:${job.executionId}`]);
}
