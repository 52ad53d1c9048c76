import type { TaskList } from 'graphile-worker';
import type { Services } from '../services.js';

/** Every graphile-worker task, by identifier. */
export function createTaskList(_services: Services): TaskList {
  return {};
}
