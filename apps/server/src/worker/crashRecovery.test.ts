import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { startCrashRecovery } from './crashRecovery.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const job = async (id: string) =>
  (await database.db('graphile_worker.jobs').where({ id }).first('attempts', 'max_attempts', 'locked_by', 'key')) as { attempts: number; max_attempts: number; locked_by: string | null; key: string | null };

/** Adds a job and locks it as graphile-worker does when a worker takes it. */
async function lockedJob(task: string, key: string, workerId: string): Promise<string> {
  const { rows } = await database.db.raw(`select id from graphile_worker.add_job(?, '[1]'::json, job_key => ?)`, [task, key]);
  const id = String(rows[0].id);
  await database.db.raw('update graphile_worker._private_jobs set locked_at = now(), locked_by = ?, attempts = 1 where id = ?', [workerId, id]);
  return id;
}

it('releases a dead worker’s jobs; a batch job whose key a newer job took gets its attempts back, others keep theirs', async () => {
  const { db } = database;
  const batch = await lockedJob('batch_task', 'batch:1', 'dead-worker');
  const other = await lockedJob('other_task', 'other:1', 'dead-worker');
  // A newer job under each key: graphile-worker clears the running job's key and spends its attempts.
  await db.raw(`select graphile_worker.add_job('batch_task', '[2]'::json, job_key => 'batch:1')`);
  await db.raw(`select graphile_worker.add_job('other_task', '[2]'::json, job_key => 'other:1')`);
  expect(await job(batch)).toMatchObject({ key: null, attempts: 25, max_attempts: 25 });
  await db('worker_heartbeats').insert({ worker_id: 'dead-worker', heartbeat_at: db.raw("now() - interval '1 hour'") });

  const stop = startCrashRecovery(db, () => ['live-worker'], ['batch_task'], 60, (error) => {
    throw error;
  });
  await stop();

  expect(await job(batch)).toMatchObject({ locked_by: null, attempts: 0 });
  expect(await job(other)).toMatchObject({ locked_by: null, attempts: 25 });
});
