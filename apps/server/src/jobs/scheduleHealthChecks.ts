import type { Task } from 'graphile-worker';
import { queueDueHealthChecks } from '../connectionHealth/healthStore.js';
import type { Services } from '../services.js';

export const scheduleHealthChecksTask = 'schedule_connection_health_checks';
/** Hourly; graphile-worker's cron runs it once across all worker processes. */
export const scheduleHealthChecksCron = `0 * * * * ${scheduleHealthChecksTask}`;

/** Queues each due connection's check at its own second of the coming hour. */
export function scheduleHealthChecks(services: Services): Task {
  return async () => {
    const queued = await queueDueHealthChecks(services.db);
    services.logger.info({ queued }, 'connection health checks queued');
  };
}
