import type { Db } from '../db/knex.js';
import { filteredExecutions, type ExecutionFilter } from './store.js';

export type Granularity = 'hour' | 'day';

export interface SeriesCounts {
  total: number;
  success: number;
  failed: number;
  p95: number | null;
  activeEndUsers: number;
}

function countColumns(db: Db) {
  return [
    db.raw('count(*)::int as total'),
    db.raw("count(*) filter (where e.status = 'success')::int as success"),
    db.raw("count(*) filter (where e.status = 'failed')::int as failed"),
    db.raw("percentile_cont(0.95) within group (order by e.duration_ms) filter (where e.status in ('success', 'failed')) as p95"),
    db.raw('count(distinct e.end_user_id)::int as active_end_users'),
  ];
}

type CountRow = { total: number; success: number; failed: number; p95: number | string | null; active_end_users: number };

function toCounts(row: CountRow | undefined): SeriesCounts {
  return {
    total: Number(row?.total ?? 0),
    success: Number(row?.success ?? 0),
    failed: Number(row?.failed ?? 0),
    p95: row?.p95 === null || row?.p95 === undefined ? null : Math.round(Number(row.p95)),
    activeEndUsers: Number(row?.active_end_users ?? 0),
  };
}

/** Execution counts per UTC hour or day (keyed by the bucket's epoch ms) and over the whole range. */
export async function executionSeries(db: Db, appId: string, granularity: Granularity, filter: ExecutionFilter) {
  const bucket = db.raw(`date_trunc('${granularity}', e.started_at at time zone 'UTC') as bucket`);
  const [rows, total] = await Promise.all([
    filteredExecutions(db, appId, filter).select(bucket, ...countColumns(db)).groupBy('bucket') as unknown as Promise<(CountRow & { bucket: Date })[]>,
    filteredExecutions(db, appId, filter).first(...countColumns(db)) as unknown as Promise<CountRow | undefined>,
  ]);
  // `bucket` is a timestamp without zone read as UTC wall time; the pg driver parses it as local.
  const byBucket = new Map(rows.map((row) => [utcMs(row.bucket), toCounts(row)]));
  return { byBucket, totals: toCounts(total) };
}

/** API-key requests per UTC hour or day, and their sum, between from (inclusive) and to. */
export async function apiCallSeries(db: Db, appId: string, granularity: Granularity, from: Date, to: Date) {
  const rows: { bucket: Date; count: string }[] = await db('api_call_counts')
    .where({ app_id: appId })
    .andWhere('hour', '>=', from)
    .andWhere('hour', '<', to)
    .groupBy('bucket')
    .select(db.raw(`date_trunc('${granularity}', hour at time zone 'UTC') as bucket`), db.raw('sum(count) as count'));
  return new Map(rows.map((row) => [utcMs(row.bucket), Number(row.count)]));
}

function utcMs(wallTime: Date): number {
  return wallTime.getTime() - wallTime.getTimezoneOffset() * 60_000;
}
