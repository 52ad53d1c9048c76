import type { Task } from 'graphile-worker';
import { foldExecutionHours } from '../executions/rollupFolding.js';
import type { Services } from '../services.js';

export const foldExecutionRollupsTask = 'fold_execution_rollups';
/** Every minute: executions up to the minute that began 3 minutes ago are folded, and stale hours again. */
export const foldExecutionRollupsCron = `* * * * * ${foldExecutionRollupsTask}`;

export function foldExecutionRollups(services: Services): Task {
  return () => foldExecutionHours(services.db);
}
