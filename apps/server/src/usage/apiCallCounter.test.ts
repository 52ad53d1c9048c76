import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { createApiCallCounter } from './apiCallCounter.js';

let database: TestDatabase;
let appId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db('accounts').insert({ id: 'acct_counter', email: 'counter@company-x.com', name: 'X', password_hash: 'x' });
  appId = 'app_counter';
  await db('apps').insert({ id: appId, account_id: 'acct_counter', name: 'X', webhook_secret: 'sealed' });
});
afterAll(() => database.drop());

const counts = async () =>
  (await database.db('api_call_counts').where({ app_id: appId }).orderBy('hour').select('hour', 'count')).map((row: { hour: Date; count: number }) => [row.hour.toISOString(), Number(row.count)]);

describe('API call counter', () => {
  it('adds each hour’s calls to the stored count, and keeps them when the database refuses', async () => {
    const onError = vi.fn();
    const counter = createApiCallCounter(database.db, onError, 60_000);
    const at = (iso: string) => new Date(iso);
    counter.record(appId, at('2026-11-25T10:05:00Z'));
    counter.record(appId, at('2026-11-25T10:59:59Z'));
    counter.record(appId, at('2026-11-25T11:00:00Z'));
    await counter.flush();
    expect(await counts()).toEqual([
      ['2026-11-25T10:00:00.000Z', 2],
      ['2026-11-25T11:00:00.000Z', 1],
    ]);

    counter.record(appId, at('2026-11-25T11:30:00Z'));
    await database.db.schema.renameTable('api_call_counts', 'api_call_counts_away');
    await expect(counter.flush()).rejects.toThrow();
    await database.db.schema.renameTable('api_call_counts_away', 'api_call_counts');
    counter.record(appId, at('2026-11-25T11:45:00Z'));
    await counter.close();
    expect(await counts()).toEqual([
      ['2026-11-25T10:00:00.000Z', 2],
      ['2026-11-25T11:00:00.000Z', 3],
    ]);
    expect(onError).not.toHaveBeenCalled();
  });
});
