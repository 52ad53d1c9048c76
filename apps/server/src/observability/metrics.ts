import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../db/knex.js';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'operation' | 'method' | 'status'>;
  executions: Counter<'integration' | 'action' | 'status'>;
  webhookDeliveries: Counter<'outcome'>;
  tokenRefreshes: Counter<'integration' | 'result'>;
  rateLimited: Counter<'scope'>;
  triggerPushes: Counter<'integration' | 'outcome'>;
  triggerPolls: Counter<'integration' | 'outcome'>;
  providerWaits: Histogram<'integration' | 'reason'>;
  providerRateLimited: Counter<'integration'>;
  healthChecks: Counter<'integration' | 'result'>;
}

/**
 * One registry per process (per test server in tests, so they never share counters). Queue
 * depth and job latency are read from graphile-worker's tables when scraped.
 */
export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'patchbay_' });
  const metrics: Metrics = {
    registry,
    httpDuration: new Histogram({
      name: 'patchbay_http_request_duration_seconds',
      help: 'API request duration by operation',
      labelNames: ['operation', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    executions: new Counter({ name: 'patchbay_executions_total', help: 'Action executions by integration, action and outcome', labelNames: ['integration', 'action', 'status'], registers: [registry] }),
    webhookDeliveries: new Counter({ name: 'patchbay_webhook_deliveries_total', help: 'Webhook delivery attempts by outcome', labelNames: ['outcome'], registers: [registry] }),
    tokenRefreshes: new Counter({ name: 'patchbay_token_refreshes_total', help: 'OAuth token refreshes by integration and result', labelNames: ['integration', 'result'], registers: [registry] }),
    rateLimited: new Counter({ name: 'patchbay_rate_limited_total', help: 'Requests refused by a rate limit, by scope', labelNames: ['scope'], registers: [registry] }),
    triggerPushes: new Counter({ name: 'patchbay_trigger_pushes_total', help: 'Verified provider pushes by integration: accepted, a duplicate delivery, or for an account nobody subscribed to (unrouted)', labelNames: ['integration', 'outcome'], registers: [registry] }),
    triggerPolls: new Counter({ name: 'patchbay_trigger_polls_total', help: 'Trigger polls by integration and outcome', labelNames: ['integration', 'outcome'], registers: [registry] }),
    providerWaits: new Histogram({
      name: 'patchbay_provider_wait_seconds',
      help: "Waits before a provider call: its rate limit (headers), its Retry-After, or Patchbay's outbound caps",
      labelNames: ['integration', 'reason'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    providerRateLimited: new Counter({ name: 'patchbay_provider_rate_limited_total', help: 'Provider answers of 429: its rate limit was hit despite pacing', labelNames: ['integration'], registers: [registry] }),
    healthChecks: new Counter({ name: 'patchbay_connection_health_checks_total', help: 'Connection health checks by integration and what they found', labelNames: ['integration', 'result'], registers: [registry] }),
  };
  new Gauge({
    name: 'patchbay_jobs_ready',
    help: 'Jobs waiting to run now (queue depth), by task',
    labelNames: ['task'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readyJobs(db)) this.set({ task: row.task }, row.ready);
    },
  });
  new Gauge({
    name: 'patchbay_jobs_oldest_ready_seconds',
    help: 'How long the oldest ready job has waited (job latency), by task',
    labelNames: ['task'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readyJobs(db)) this.set({ task: row.task }, row.oldest);
    },
  });
  return metrics;
}

async function readyJobs(db: Db): Promise<{ task: string; ready: number; oldest: number }[]> {
  const result = await db
    .raw(
      `select t.identifier as task, count(*)::int as ready, coalesce(extract(epoch from max(now() - j.run_at)), 0)::float as oldest
       from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
       where j.locked_at is null and j.run_at <= now() and j.attempts < j.max_attempts
       group by t.identifier`,
    )
    .catch(() => ({ rows: [] }));
  return result.rows;
}
