import { Logger as WorkerLogger, run, type Runner } from 'graphile-worker';
import type { Logger } from 'pino';
import { createTaskList } from '../jobs/taskList.js';
import type { Services } from '../services.js';

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const child = logger.child({ component: 'worker', ...scope });
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'debug' ? 'debug' : 'info';
    child[method](meta ?? {}, message);
  });
}

/** graphile-worker on our PostgreSQL: jobs are rows, so workers scale out with no other queue. */
export async function startWorker(services: Services, databaseUrl: string): Promise<Runner> {
  return run({
    connectionString: databaseUrl,
    concurrency: services.config.workerConcurrency,
    taskList: createTaskList(services),
    logger: workerLogger(services.logger),
    // We handle SIGINT/SIGTERM ourselves and stop the runner in order with the rest.
    noHandleSignals: true,
    pollInterval: 1000,
    // No cron file: scheduled work is declared in code when we have some.
    crontab: '',
  });
}
