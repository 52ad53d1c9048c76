import type { Db } from '../db/knex.js';

/**
 * graphile-worker leaves a crashed worker's jobs locked for 4 hours. Each of our processes
 * publishes a heartbeat for its workers, and releases the jobs of workers whose heartbeat
 * stopped, so a killed process delays its jobs by about a minute instead.
 *
 * A batch job (`batchTasks`) that a newer job took the key of while it ran is on its last
 * attempt (graphile-worker spends them so that it is not run again), yet its items are in no other
 * job; released after a crash, it gets its attempts back so that it runs again.
 */
export function startCrashRecovery(
  db: Db,
  workerIds: () => string[],
  batchTasks: readonly string[],
  deadAfterSeconds: number,
  onError: (error: unknown) => void,
): () => Promise<void> {
  const heartbeatEveryMs = (deadAfterSeconds * 1000) / 4;
  const beat = async () => {
    const ids = workerIds();
    if (ids.length > 0) {
      await db('worker_heartbeats')
        .insert(ids.map((worker_id) => ({ worker_id, heartbeat_at: db.fn.now() })))
        .onConflict('worker_id')
        .merge();
    }
    const dead: string[] = (
      await db('worker_heartbeats').where('heartbeat_at', '<', db.raw('now() - make_interval(secs => ?)', [deadAfterSeconds])).pluck('worker_id')
    ).filter((id: string) => !ids.includes(id));
    if (dead.length > 0) {
      const keyTaken: string[] = await db('graphile_worker.jobs')
        .whereIn('locked_by', dead)
        .whereIn('task_identifier', batchTasks)
        .whereNull('key')
        .whereRaw('attempts >= max_attempts')
        .pluck('id');
      await db.raw('select graphile_worker.force_unlock_workers(?::text[])', [dead]);
      if (keyTaken.length > 0) await db.raw('select graphile_worker.reschedule_jobs(?::bigint[], attempts => 0)', [keyTaken]);
      await db('worker_heartbeats').whereIn('worker_id', dead).delete();
    }
  };
  let running = beat().catch(onError);
  const timer = setInterval(() => {
    running = running.then(beat).catch(onError);
  }, heartbeatEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    const ids = workerIds();
    if (ids.length > 0) await db('worker_heartbeats').whereIn('worker_id', ids).delete().catch(onError);
  };
}
