import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, run, type Runner, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { refreshExpiringConnectionsCron } from '../jobs/refreshExpiringConnections.js';
import { maintainTriggersCron } from '../jobs/maintainTriggers.js';
import { rollupUsageCron } from '../jobs/rollupUsage.js';
import { foldExecutionRollupsCron } from '../jobs/foldExecutionRollups.js';
import { scheduleHealthChecksCron } from '../jobs/scheduleHealthChecks.js';
import { createTaskList } from '../jobs/taskList.js';
import type { Services } from '../services.js';
import { fanOutWebhookEventTask } from '../webhooks/outbox.js';
import { startCrashRecovery } from './crashRecovery.js';

/**
 * graphile-worker's messages in our log. Its line for each completed job goes to debug: at
 * hundreds of jobs a second, info would be mostly that. A child logger is made only for a line
 * that is written (making one per message cost more than some jobs).
 */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const completed = (meta as { success?: unknown } | undefined)?.success === true;
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'debug' || completed ? 'debug' : 'info';
    if (!logger.isLevelEnabled(method)) return;
    logger.child({ component: 'worker', ...scope })[method](meta ?? {}, message);
  });
}

/**
 * Completions (and failures) of the jobs that finish in the same moment go to the database in
 * one statement. Batching only what is already waiting keeps a completed job's lock short, so
 * a crash re-runs at most the few jobs that had not been marked yet.
 */
export function workerPreset(config: Pick<Services['config'], 'workerLocalQueueSize'>) {
  return {
    completeJobBatchDelay: 0,
    failJobBatchDelay: 0,
    ...(config.workerLocalQueueSize > 1 ? { localQueue: { size: config.workerLocalQueueSize } } : {}),
  };
}

export interface WorkerHandle {
  runner: Runner;
  running(): boolean;
  stop(): Promise<void>;
}

/** graphile-worker on our PostgreSQL: jobs are rows, so workers scale out with no other queue. */
export async function startWorker(services: Services, databaseUrl: string): Promise<WorkerHandle> {
  const workerIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked by the pool's id (graphile-worker fetches for the pool), or a worker's.
  events.on('pool:create', ({ workerPool }) => workerIds.add(workerPool.id));
  events.on('worker:create', ({ worker }) => workerIds.add(worker.workerId));
  events.on('job:failed', ({ job, error }) => services.errors.report(error, { task: job.task_identifier, jobId: String(job.id) }));
  // Our own pool, so a connection error always has a listener: graphile-worker's own pool loses
  // its listeners as the runner stops, and PostgreSQL closing connections at that moment (Ctrl-C
  // reaches the embedded PostgreSQL too) crashed the shutdown with an unhandled 'error'. A client
  // in use also rejects its query, which the job or the worker handles.
  // graphile-worker's advice for the size: at least 10, and 2 more than the jobs run at once.
  const pgPool = new pg.Pool({ connectionString: databaseUrl, max: Math.max(10, services.config.workerConcurrency + 2) });
  const connectionLost = (error: Error) => services.logger.warn({ err: error }, 'the job worker lost a database connection');
  pgPool.on('error', connectionLost);
  pgPool.on('connect', (client) => client.on('error', connectionLost));
  let runner: Runner;
  try {
    runner = await run({
      pgPool,
      concurrency: services.config.workerConcurrency,
      preset: { worker: workerPreset(services.config) },
      taskList: createTaskList(services),
      logger: workerLogger(services.logger),
      events,
      // We handle SIGINT/SIGTERM ourselves and stop the runner in order with the rest.
      noHandleSignals: true,
      pollInterval: services.config.workerPollIntervalMs,
      // Scheduled work is declared in code, not in a crontab file.
      crontab: [refreshExpiringConnectionsCron, rollupUsageCron, foldExecutionRollupsCron, maintainTriggersCron, scheduleHealthChecksCron].join('\n'),
    });
  } catch (error) {
    await pgPool.end();
    throw error;
  }
  let running = true;
  runner.promise.then(
    () => {
      running = false;
    },
    (error: unknown) => {
      running = false;
      services.logger.error({ err: error }, 'the job worker stopped');
      services.errors.report(error, { component: 'worker' });
    },
  );
  const stopRecovery = startCrashRecovery(services.db, () => [...workerIds], [fanOutWebhookEventTask], services.config.workerDeadAfterSeconds, (error) =>
    services.logger.warn({ err: error }, 'worker heartbeat failed'),
  );
  return {
    runner,
    running: () => running,
    stop: async () => {
      await runner.stop();
      await stopRecovery();
      await pgPool.end();
    },
  };
}
