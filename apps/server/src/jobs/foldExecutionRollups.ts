import type { Task } from 'graphile-worker';
import { foldExecutionHours } from '../executions/rollupFolding.js';
import type { Services } from '../services.js';

export const foldExecutionRollupsTask = 'fold_execution_rollups';
/** Every 5 minutes: hours that ended 10 minutes ago are folded, and stale ones again. */
export const foldExecutionRollupsCron = `*/5 * * * * ${foldExecutionRollupsTask}`;

export function foldExecutionRollups(services: Services): Task {
  return () => foldExecutionHours(services.db);
}
