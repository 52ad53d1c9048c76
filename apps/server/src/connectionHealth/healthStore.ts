import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import { storableText } from '../db/storableText.js';

export const checkConnectionHealthTask = 'check_connection_health';

export type CheckReason = 'schedule' | 'unauthorized';

/**
 * Queues one check of the connection; its job key makes it the only one, however many 401s or
 * processes ask. A 401 moves a scheduled check to now; the schedule never delays a queued one.
 */
export async function queueHealthCheck(
  db: Db | Knex.Transaction,
  check: { appId: string; connectionId: string; reason: CheckReason; since?: string },
  runAt = new Date(),
): Promise<void> {
  await db.raw('select graphile_worker.add_job(?, ?::json, run_at => ?, job_key => ?, job_key_mode => ?, max_attempts => 2)', [
    checkConnectionHealthTask,
    JSON.stringify(check),
    runAt,
    `health:${check.connectionId}`,
    check.reason === 'unauthorized' ? 'replace' : 'preserve_run_at',
  ]);
}

/**
 * Queues the hourly check of every active connection not checked for about an hour, each at
 * its own second of the coming hour (a hash of its id), so checks never come in one burst.
 * A connection is due when its last check will be 50 minutes old at its slot. Keyset batches
 * on the id keep each statement small. Returns how many were queued.
 */
export async function queueDueHealthChecks(db: Db, batchSize = 1000): Promise<number> {
  const slot = "make_interval(secs => abs(hashtext(c.id)::bigint) % 3600)";
  let after = '';
  let queued = 0;
  for (;;) {
    // A sweep over every app; each job carries its connection's app id.
    const result = await db.raw(
      `select c.id, graphile_worker.add_job(?, json_build_object('appId', c.app_id, 'connectionId', c.id, 'reason', 'schedule'),
                run_at => now() + ${slot}, job_key => 'health:' || c.id, job_key_mode => 'preserve_run_at', max_attempts => 2)
       from connections c
       where c.status = 'active' and c.id > ?
         and (c.health_checked_at is null or c.health_checked_at < now() + ${slot} - interval '50 minutes')
       order by c.id
       limit ?`,
      [checkConnectionHealthTask, after, batchSize],
    );
    const rows: { id: string }[] = result.rows;
    queued += rows.length;
    if (rows.length < batchSize) return queued;
    after = rows.at(-1)!.id;
  }
}

export async function recordHealthy(db: Db, appId: string, connectionId: string, scopes: string[] | undefined): Promise<void> {
  await db('connections')
    .where({ app_id: appId, id: connectionId, status: 'active' })
    .update({ health_status: 'healthy', health_checked_at: db.fn.now(), health_error: null, ...(scopes ? { granted_scopes: scopes.map(storableText) } : {}) });
}

export async function recordDegraded(db: Db, appId: string, connectionId: string, error: string): Promise<void> {
  await db('connections').where({ app_id: appId, id: connectionId, status: 'active' }).update({ health_status: 'degraded', health_checked_at: db.fn.now(), health_error: storableText(error) });
}

/** A provider call just worked: a degraded connection is healthy again (a write only then). */
export async function recoverFromDegraded(db: Db | Knex.Transaction, appId: string, connectionId: string): Promise<void> {
  await db('connections').where({ app_id: appId, id: connectionId, status: 'active', health_status: 'degraded' }).update({ health_status: 'healthy', health_error: null });
}
