import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { fanOutWebhookEventTask, queueFanOut } from './outbox.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const fanOutJobs = async () =>
  (
    await database.db.raw(
      `select j.payload, j.locked_at is not null as locked from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = ? order by j.id`,
      [fanOutWebhookEventTask],
    )
  ).rows as { payload: unknown; locked: boolean }[];

it('appends to the waiting job under the key, and queues a new one when a worker locks it mid-add', async () => {
  const { db } = database;
  await db.transaction(async (trx) => {
    await queueFanOut(trx, [{ eventId: 'evt_1' }]);
    await queueFanOut(trx, [{ eventId: 'evt_2', endpointId: 'whe_1' }]);
  });
  expect(await fanOutJobs()).toEqual([{ payload: [{ eventId: 'evt_1' }, { eventId: 'evt_2', endpointId: 'whe_1' }], locked: false }]);

  // A transaction whose id falls on the waiting job's key (the key is the id modulo 32).
  const key = (await db.raw(`select key from graphile_worker._private_jobs where key is not null`)).rows[0].key as string;
  let trx = await db.transaction();
  while (`${fanOutWebhookEventTask}:${(await trx.raw('select txid_current() % 32 as shard')).rows[0].shard}` !== key) {
    await trx.rollback();
    trx = await db.transaction();
  }
  // A worker locks the waiting job (not yet committed) while the transaction adds to its key: the
  // add waits on the row, then finds it locked, and graphile-worker's add_job adds nothing.
  const worker = await db.transaction();
  await worker.raw(`update graphile_worker._private_jobs set locked_at = now(), locked_by = 'worker-1' where key = ?`, [key]);
  const adding = queueFanOut(trx, [{ eventId: 'evt_3' }]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await worker.commit();
  await adding;
  await trx.commit();
  expect(await fanOutJobs()).toEqual([
    { payload: [{ eventId: 'evt_1' }, { eventId: 'evt_2', endpointId: 'whe_1' }], locked: true },
    { payload: [{ eventId: 'evt_3' }], locked: false },
  ]);
});
