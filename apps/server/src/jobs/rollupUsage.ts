import type { Task } from 'graphile-worker';
import type { Services } from '../services.js';
import { rollupDay, rollupMonth } from '../usage/rollup.js';

export const rollupUsageTask = 'rollup_usage';
/** Every 10 minutes: today and yesterday (late executions), and their months. */
export const rollupUsageCron = `*/10 * * * * ${rollupUsageTask}`;

export function rollupUsage(services: Services): Task {
  return async () => {
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    const yesterday = new Date(today.getTime() - 86_400_000);
    for (const day of [yesterday, today]) {
      await rollupDay(services.db, day);
      await rollupMonth(services.db, day);
    }
  };
}
