import type { Db } from '../db/knex.js';
import { histogramPercentile } from './durationHistogram.js';
import { countExecutionsByPeriod, type Granularity, type PeriodCounts } from './rollupReads.js';
import type { ExecutionFilter } from './store.js';

export type { Granularity } from './rollupReads.js';

export interface SeriesCounts {
  total: number;
  success: number;
  failed: number;
  p95: number | null;
  activeEndUsers: number;
}

const toSeriesCounts = ({ total, success, failed, durations, activeEndUsers }: PeriodCounts): SeriesCounts => ({
  total,
  success,
  failed,
  p95: histogramPercentile(durations, 0.95),
  activeEndUsers,
});

/** Execution counts per UTC hour or day (keyed by the bucket's epoch ms) and over the whole range. */
export async function executionSeries(db: Db, appId: string, granularity: Granularity, filter: ExecutionFilter) {
  const { byPeriod, totals } = await countExecutionsByPeriod(db, appId, granularity, filter);
  return { byBucket: new Map([...byPeriod].map(([start, counts]) => [start, toSeriesCounts(counts)])), totals: toSeriesCounts(totals) };
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
