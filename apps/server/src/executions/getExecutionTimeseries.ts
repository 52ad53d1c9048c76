import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { apiCallSeries, executionSeries, type Granularity } from './timeseriesStore.js';

const stepMs: Record<Granularity, number> = { hour: 3_600_000, day: 86_400_000 };
const maxBuckets = 744;

export const getExecutionTimeseries: OperationHandler<'getExecutionTimeseries'> = async ({ app, query, services }) => {
  const granularity = query.granularity ?? 'day';
  const step = stepMs[granularity];
  const to = query.to ? new Date(query.to) : new Date();
  // Buckets start on UTC hour or day boundaries, so the first one may start before `from`.
  const requestedFrom = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * stepMs.day);
  const from = new Date(Math.floor(requestedFrom.getTime() / step) * step);
  const bucketCount = Math.ceil((to.getTime() - from.getTime()) / step);
  if (bucketCount < 1 || bucketCount > maxBuckets) {
    const message = `must be after from, at most ${maxBuckets} ${granularity}s later`;
    throw invalidRequest(`query/to: ${message}`, [{ path: 'query/to', message }]);
  }
  await services.apiCalls.flush();
  const filter = { integration: query.integration, from: from.toISOString(), to: to.toISOString() };
  const [executions, apiCalls] = await Promise.all([
    executionSeries(services.db, app.id, granularity, filter),
    apiCallSeries(services.db, app.id, granularity, from, to),
  ]);
  const empty = { total: 0, success: 0, failed: 0, p95: null, activeEndUsers: 0 };
  const buckets = Array.from({ length: bucketCount }, (_, index) => {
    const start = from.getTime() + index * step;
    return { start: new Date(start).toISOString(), ...(executions.byBucket.get(start) ?? empty), apiCalls: apiCalls.get(start) ?? 0 };
  });
  const { totals } = executions;
  const finished = totals.success + totals.failed;
  return {
    status: 200,
    body: {
      granularity,
      from: from.toISOString(),
      to: to.toISOString(),
      buckets,
      totals: {
        ...totals,
        successRate: finished > 0 ? Math.round((totals.success / finished) * 10_000) / 10_000 : null,
        apiCalls: buckets.reduce((sum, bucket) => sum + bucket.apiCalls, 0),
      },
    },
  };
};
