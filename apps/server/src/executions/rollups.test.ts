import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { foldExecutionHours } from './rollupFolding.js';
import { executionStats, filteredExecutions, type ExecutionFilter } from './store.js';
import { executionSeries } from './timeseriesStore.js';
import { syncCatalog } from '../integrations/catalogSync.js';

// Stats read from rollups must say what the executions say: counts exactly, percentiles within 2 %.
// The oracle is PostgreSQL over every row (percentile_cont), as the API computed them before.

let database: TestDatabase;
const appId = 'app_rollups';
const otherAppId = 'app_rollups_other';
const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const now = Date.now();
const statuses = ['success', 'success', 'success', 'failed', 'running', 'queued'] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await syncCatalog(db);
  await db('accounts').insert({ id: 'acct_rollups', email: 'rollups@company-x.com', name: 'X', password_hash: 'x' });
  await db('apps').insert([appId, otherAppId].map((id) => ({ id, account_id: 'acct_rollups', name: id, webhook_secret: 'x' })));
  await db('end_users').insert([appId, otherAppId].flatMap((app) => Array.from({ length: 12 }, (_, user) => ({ id: `eu_${app}_${user}`, app_id: app, external_id: `user-${user}` }))));
  // 60 hours of history up to now, odd spacing so hours and days hold different mixes.
  await insertExecutions(appId, 2_400, 0);
  await insertExecutions(otherAppId, 600, 7);
});
afterAll(() => database.drop());

async function insertExecutions(app: string, count: number, seed: number, startedBefore = now) {
  const rows = Array.from({ length: count }, (_, index) => {
    const n = index + seed;
    const status = statuses[n % statuses.length]!;
    const finished = status === 'success' || status === 'failed';
    return {
      id: `exec_${app}_${startedBefore}_${index}`,
      app_id: app,
      end_user_id: `eu_${app}_${(n * 7) % 12}`,
      integration_slug: n % 4 === 0 ? 'github' : 'slack',
      action: n % 4 === 0 ? 'create_issue' : n % 3 === 0 ? 'list_channels' : 'send_message',
      status,
      source: n % 5 === 0 ? 'mcp' : 'api',
      // 0 ms to a few seconds: exact buckets below 50 ms and wide ones above.
      duration_ms: finished ? (n * 37) % 60 + ((n * 7919) % 13) ** 3 : 0,
      started_at: new Date(startedBefore - Math.round((index * 60 * hourMs) / count) - ((n * 104_729) % 60_000)),
    };
  });
  for (let start = 0; start < rows.length; start += 500) await database.db('executions').insert(rows.slice(start, start + 500));
}

async function exactStats(filter: ExecutionFilter) {
  const { db } = database;
  const row = await filteredExecutions(db, appId, filter).first(
    db.raw('count(*)::int as total'),
    db.raw("count(*) filter (where e.status = 'success')::int as success"),
    db.raw("count(*) filter (where e.status = 'failed')::int as failed"),
    db.raw("percentile_cont(0.5) within group (order by e.duration_ms) filter (where e.status in ('success', 'failed')) as p50"),
    db.raw("percentile_cont(0.95) within group (order by e.duration_ms) filter (where e.status in ('success', 'failed')) as p95"),
  );
  return { total: row.total, success: row.success, failed: row.failed, p50: row.p50 === null ? null : Number(row.p50), p95: row.p95 === null ? null : Number(row.p95) };
}

function expectWithin2Percent(estimate: number | null, exact: number | null) {
  if (exact === null) return expect(estimate).toBeNull();
  expect(estimate).not.toBeNull();
  expect(Math.abs(estimate! - exact)).toBeLessThanOrEqual(exact * 0.02 + 1);
}

const iso = (ms: number) => new Date(ms).toISOString();
const filters: [string, ExecutionFilter][] = [
  ['everything', {}],
  ['integration', { integration: 'github' }],
  ['action', { action: 'list_channels' }],
  ['status', { status: 'failed' }],
  ['unfinished status', { status: 'queued' }],
  ['source', { source: 'mcp' }],
  ['integration + source', { integration: 'slack', source: 'api' }],
  ['end user', { endUserId: 'user-3' }],
  ['end user + status', { endUserId: 'user-3', status: 'success' }],
  ['range off hour boundaries', { from: iso(now - 40.5 * hourMs), to: iso(now - 3.25 * hourMs) }],
  ['range on hour boundaries', { from: iso(Math.floor(now / hourMs - 30) * hourMs), to: iso(Math.floor(now / hourMs - 5) * hourMs) }],
  ['inside one hour', { from: iso(now - 20.7 * hourMs), to: iso(now - 20.2 * hourMs) }],
  ['from only', { from: iso(now - 10.1 * hourMs) }],
  ['to only + integration', { to: iso(now - 10.1 * hourMs), integration: 'slack' }],
  ['nothing matches', { from: iso(now + hourMs) }],
];

async function expectStatsMatchExecutions() {
  for (const [name, filter] of filters) {
    const [stats, exact] = await Promise.all([executionStats(database.db, appId, filter), exactStats(filter)]);
    expect({ name, total: stats.total, success: stats.success, failed: stats.failed }).toEqual({ name, total: exact.total, success: exact.success, failed: exact.failed });
    expectWithin2Percent(stats.p50, exact.p50);
    expectWithin2Percent(stats.p95, exact.p95);
  }
}

async function exactSeries(granularity: 'hour' | 'day', filter: ExecutionFilter) {
  const { db } = database;
  const columns = [
    db.raw('count(*)::int as total'),
    db.raw("count(*) filter (where e.status = 'success')::int as success"),
    db.raw("count(*) filter (where e.status = 'failed')::int as failed"),
    db.raw("percentile_cont(0.95) within group (order by e.duration_ms) filter (where e.status in ('success', 'failed')) as p95"),
    db.raw('count(distinct e.end_user_id)::int as active_end_users'),
  ];
  const rows = await filteredExecutions(db, appId, filter).select(db.raw(`date_trunc('${granularity}', e.started_at, 'UTC') as period`), ...columns).groupBy('period');
  const totals = await filteredExecutions(db, appId, filter).first(...columns);
  const shape = (row: any) => ({ total: row.total, success: row.success, failed: row.failed, activeEndUsers: row.active_end_users, p95: row.p95 === null ? null : Number(row.p95) });
  return { byPeriod: new Map(rows.map((row: any) => [row.period.getTime(), shape(row)])), totals: shape(totals) };
}

async function expectSeriesMatchExecutions(extra: ['hour' | 'day', ExecutionFilter][] = []) {
  const day = 24 * hourMs;
  for (const [granularity, filter] of [
    ...extra,
    ['hour', { from: iso(Math.floor(now / hourMs - 30) * hourMs), to: iso(now) }],
    ['hour', { from: iso(Math.floor(now / hourMs - 50) * hourMs), to: iso(now - 7.5 * hourMs), integration: 'github' }],
    ['day', { from: iso(Math.floor(now / day - 3) * day), to: iso(now) }],
    ['day', { from: iso(Math.floor(now / day - 2) * day), to: iso(now - 2.5 * hourMs), integration: 'slack' }],
  ] as const) {
    const [series, exact] = await Promise.all([executionSeries(database.db, appId, granularity, filter), exactSeries(granularity, filter)]);
    expect([...series.byBucket.keys()].sort()).toEqual([...exact.byPeriod.keys()].sort());
    for (const [period, counts] of [...exact.byPeriod, [-1, exact.totals] as const]) {
      const got = period === -1 ? series.totals : series.byBucket.get(period)!;
      const { p95, ...rest } = counts;
      expect({ granularity, period, ...got, p95: undefined }).toEqual({ granularity, period, ...rest, p95: undefined });
      expectWithin2Percent(got.p95, p95);
    }
  }
}

const rollupRows = async () => Number((await database.db('execution_rollups').where({ app_id: appId }).count({ n: '*' }).first())!.n);
// Marks of hours not folded yet stay until their hour is folded; readers count those hours live anyway.
const lateNotes = async () => Number((await database.db('execution_rollup_late').where({ app_id: appId }).count({ n: '*' }).first())!.n);
const staleFoldedHours = async () =>
  Number((await database.db('execution_rollup_stale_hours').where({ app_id: appId }).andWhere('hour', '<', database.db('execution_rollup_state').select('rolled_until')).count({ n: '*' }).first())!.n);

describe('execution stats from rollups', () => {
  it('match the executions before anything is folded', async () => {
    expect(await rollupRows()).toBe(0);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('match them once history is folded, an hour in parts, then up to 3 minutes ago', async () => {
    // As after an upgrade: history older than the rollups, nothing marked stale.
    const oldest = await database.db('executions').min({ at: 'started_at' }).first();
    await database.db('execution_rollup_stale_hours').delete();
    await database.db('execution_rollup_state').update({ rolled_until: new Date(Math.floor(oldest!.at.getTime() / hourMs) * hourMs) });
    // Up to 20 minutes into a UTC day, then 40 more minutes of its first hour: folded rows added to.
    const partly = Math.floor(now / (24 * hourMs) - 1) * 24 * hourMs + 20 * minuteMs;
    await foldExecutionHours(database.db, new Date(partly));
    expect((await database.db('execution_rollup_state').first()).rolled_until.getTime()).toBe(partly);
    await expectStatsMatchExecutions();
    // The hour folded in part: its end users are those folded and those still counted live.
    await expectSeriesMatchExecutions([['hour', { from: iso(partly - 20 * minuteMs - 2 * hourMs), to: iso(partly + 100 * minuteMs) }]]);
    await foldExecutionHours(database.db, new Date(partly + 40 * minuteMs));
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();

    const before = Date.now();
    await foldExecutionHours(database.db);
    const after = Date.now();
    const { rolled_until: rolledUntil } = await database.db('execution_rollup_state').first();
    expect(rolledUntil.getTime()).toBeGreaterThanOrEqual(Math.floor((before - 3 * minuteMs) / minuteMs) * minuteMs);
    expect(rolledUntil.getTime()).toBeLessThanOrEqual(Math.floor((after - 3 * minuteMs) / minuteMs) * minuteMs);
    expect(await rollupRows()).toBeGreaterThan(100);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('count rows written late in folded hours from the executions until they are folded', async () => {
    const { db } = database;
    await insertExecutions(appId, 120, 3, now - 20 * hourMs);
    // Async runs finishing a day after they started: each is noted, to be added on its own.
    await db('executions').where({ app_id: appId, status: 'running' }).andWhere('started_at', '<', new Date(now - 30 * hourMs)).update({ status: 'failed', duration_ms: 2_500 });
    // Folded rows that change or go away (finished runs of a deleted end user): their hours are counted again whole.
    await db('executions').where({ app_id: appId, status: 'success' }).andWhere('started_at', '<', new Date(now - 40 * hourMs)).update({ duration_ms: 777 });
    await db('end_users').where({ id: `eu_${appId}_2` }).delete();
    // Late rows on both sides of where folding stopped, in the hour under way: counted live up to
    // there as noted, beyond it as all rows are.
    const { rolled_until: rolledUntil } = await db('execution_rollup_state').first();
    await db('executions').insert(
      [-60_000, -30_000, 30_000].map((offset) => ({
        id: `exec_late_${offset}`, app_id: appId, end_user_id: `eu_${appId}_1`, integration_slug: 'slack', action: 'send_message',
        status: 'success', source: 'api', duration_ms: 42, started_at: new Date(rolledUntil.getTime() + offset),
      })),
    );
    expect(await lateNotes()).toBeGreaterThan(20);
    expect(await staleFoldedHours()).toBeGreaterThan(20);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();

    await foldExecutionHours(db);
    expect(await lateNotes()).toBe(0);
    expect(await staleFoldedHours()).toBe(0);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('an execution finishing hours after it started is added to its hour alone, once, by one of two folds at a time', async () => {
    const { db } = database;
    const queued = await db('executions').where({ app_id: appId, status: 'queued' }).andWhere('started_at', '<', new Date(now - 10 * hourMs)).orderBy('id').limit(5).pluck('id');
    await db('executions').whereIn('id', queued).update({ status: 'success', duration_ms: 1_234 });
    expect(await staleFoldedHours()).toBe(0);
    expect(await lateNotes()).toBe(5);
    await expectStatsMatchExecutions();

    await Promise.all([foldExecutionHours(db), foldExecutionHours(db)]);
    expect(await lateNotes()).toBe(0);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('a row finishing while a fold runs is added by the next fold, not by both', async () => {
    const { db } = database;
    const id = await db('executions').where({ app_id: appId, status: 'running' }).andWhere('started_at', '<', new Date(now - 5 * hourMs)).orderBy('id').first().then((row) => row.id);
    const finishing = await db.transaction();
    await finishing('executions').where({ id }).update({ status: 'failed', duration_ms: 4_321 });
    // The fold's snapshot holds the row running and no note: it adds nothing for it.
    await foldExecutionHours(db);
    await finishing.commit();
    expect(await lateNotes()).toBe(1);
    await expectStatsMatchExecutions();

    await foldExecutionHours(db);
    expect(await lateNotes()).toBe(0);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('rebuild an hour whose rollups hold unfinished executions (folded before migration 0019, or by the previous version)', async () => {
    const { db } = database;
    const { rolled_until: rolledUntil } = await db('execution_rollup_state').first();
    const hour = new Date(Math.floor(rolledUntil.getTime() / hourMs) * hourMs - 6 * hourMs);
    await db('execution_rollups').insert({ app_id: appId, granularity: 'hour', period: hour, integration_slug: 'slack', action: 'send_message', source: 'api', status: 'queued', executions: 7, duration_buckets: [], duration_counts: [] });
    await foldExecutionHours(db);
    expect(Number((await db('execution_rollups').where({ app_id: appId }).whereIn('status', ['queued', 'running']).count({ n: '*' }).first())!.n)).toBe(0);
    await expectStatsMatchExecutions();
    await expectSeriesMatchExecutions();
  });

  it('read the folded hours from the rollups, not from the executions', async () => {
    const hourly = { from: iso(Math.floor(now / hourMs - 30) * hourMs), to: iso(now) };
    const before = [await executionStats(database.db, appId, {}), (await executionSeries(database.db, appId, 'hour', hourly)).totals];
    // One more failure in each folded failure's histogram, none among the executions: only a read of the rollups sees it.
    const failed = (change: number) => database.db.raw("update execution_rollups set duration_counts[1] = duration_counts[1] + ? where app_id = ? and status = 'failed'", [change, appId]);
    await failed(1);
    const after = [await executionStats(database.db, appId, {}), (await executionSeries(database.db, appId, 'hour', hourly)).totals];
    await failed(-1);
    expect(after[0]!.total).toBeGreaterThan(before[0]!.total);
    expect(after[1]!.total).toBeGreaterThan(before[1]!.total);
  });

  it('folding again changes nothing, and other apps stay apart', async () => {
    const before = await database.db('execution_rollups').orderBy(['app_id', 'granularity', 'period', 'integration_slug', 'action', 'source', 'status']).select();
    // Up to where it stands: a minute passing would fold the newest executions, a change.
    await foldExecutionHours(database.db, (await database.db('execution_rollup_state').first()).rolled_until);
    expect(await database.db('execution_rollups').orderBy(['app_id', 'granularity', 'period', 'integration_slug', 'action', 'source', 'status']).select()).toEqual(before);
    const other = await executionStats(database.db, otherAppId, {});
    const exact = await filteredExecutions(database.db, otherAppId, {}).first(database.db.raw('count(*)::int as total'));
    expect(other.total).toBe(exact.total);
  });
});
