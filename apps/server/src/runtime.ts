import type { Server } from 'node:http';
import type pg from 'pg';
import { createHttpApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { createDb } from './db/knex.js';
import { migrate } from './db/migrate.js';
import { syncCatalog } from './integrations/catalogSync.js';
import { createLogger } from './logger.js';
import { queueReencryption } from './jobs/reencryptSecrets.js';
import { loadEncryptionKeys } from './security/encryptionKey.js';
import { checkEncryptionKeys } from './security/keyCheck.js';
import { createSecretBox } from './security/secretBox.js';
import { createRateLimits } from './http/rateLimits.js';
import { createApiCallCounter } from './usage/apiCallCounter.js';
import { listenForAppChanges } from './apps/appChanges.js';
import { createVerifiedKeys } from './http/verifiedKeys.js';
import { cachePerApp } from './apps/perAppCache.js';
import { cacheEndUserConnections } from './connections/endUserConnections.js';
import { findEndUserConnection } from './connections/store.js';
import { loadAppIntegrationRows } from './integrations/appIntegrationStore.js';
import { createExecutionInserter } from './executions/store.js';
import { countConnectedUsers } from './integrations/store.js';
import { createErrorReporter } from './observability/errorReporter.js';
import { createMetrics } from './observability/metrics.js';
import type { Services } from './services.js';
import { startWorker, type WorkerHandle } from './worker/startWorker.js';

export interface Runtime {
  services: Services;
  database: Database;
  close(): Promise<void>;
}

/** Database up, schema migrated, catalog synced, secrets ready: what every command needs. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const logger = createLogger(config);
  const database = await openDatabase(config);
  const db = createDb(database.url, { max: config.databasePoolMax }, logger);
  try {
    await migrate(db, database.url);
    await syncCatalog(db);
    const keys = await loadEncryptionKeys(config);
    const secrets = createSecretBox(...keys);
    await checkEncryptionKeys(db, secrets);
    // An older key is still listed: a rotation is under way, move everything to the new key.
    if (keys.length > 1) await queueReencryption(db);
    const services = assembleServices({ config, db, secrets, logger });
    return {
      services,
      database,
      close: async () => {
        await services.rateLimits.close();
        await services.appChanges.close();
        await services.apiCalls.close().catch((error: unknown) => logger.warn({ err: error }, 'could not save API call counts'));
        await db.destroy();
        await database.stop();
      },
    };
  } catch (error) {
    await db.destroy();
    await database.stop();
    throw error;
  }
}

/** The process-wide parts every Services holds, around its database, secrets and logger. */
export function assembleServices(core: Pick<Services, 'config' | 'db' | 'secrets' | 'logger'>): Services {
  // What the pool connects with (knex parsed the URL): the listener must watch the same database.
  const appChanges = listenForAppChanges(core.db.client.connectionSettings as pg.ClientConfig, (error) => core.logger.warn({ err: error }, 'the app-change listener is not connected; API keys, app settings and connections are read from the database until it is'));
  return {
    ...core,
    metrics: createMetrics(core.db),
    errors: createErrorReporter({ dsn: core.config.sentryDsn, environment: core.config.env, release: 'patchbay@0.1.0', logger: core.logger }),
    worker: { expected: false, running: () => false },
    lifecycle: { draining: false },
    rateLimits: createRateLimits(core.config, 'patchbay', (error) => core.logger.warn({ err: error }, 'Redis failed; provider pacing is per process until it is back')),
    apiCalls: createApiCallCounter(core.db, (error) => core.logger.warn({ err: error }, 'could not save API call counts')),
    appChanges,
    verifiedKeys: createVerifiedKeys(appChanges),
    appIntegrations: cachePerApp(appChanges, (appId) => loadAppIntegrationRows(core.db, appId)),
    connectedUsers: cachePerApp(appChanges, (appId) => countConnectedUsers(core.db, appId)),
    endUserConnections: cacheEndUserConnections(appChanges, (appId, externalId, slug) => findEndUserConnection(core.db, appId, externalId, slug)),
    insertSucceededExecution: createExecutionInserter(core.db, 'execution.succeeded'),
  };
}

export interface Serving {
  server: Server | undefined;
  worker: WorkerHandle | undefined;
  stop(): Promise<void>;
}

export async function serve(runtime: Runtime, options: { http: boolean; worker: boolean }): Promise<Serving> {
  const { services } = runtime;
  const worker = options.worker ? await startWorker(services, runtime.database.url) : undefined;
  if (worker) services.worker = { expected: true, running: () => worker.running() };
  let server: Server | undefined;
  if (options.http) {
    const app = createHttpApp(services);
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(services.config.port, services.config.host, (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
      // Slow or stalled clients cannot hold sockets: the request must arrive within these.
      listening.headersTimeout = 20_000;
      listening.requestTimeout = 60_000;
    });
  }
  return {
    server,
    worker,
    stop: async () => {
      // close() stops accepting and waits for in-flight requests; idle keep-alive sockets are
      // closed now so they do not hold the shutdown open. The worker finishes running jobs.
      const closed = server && new Promise<void>((resolve) => server.close(() => resolve()));
      // Sockets turn idle as their last response goes out; close each as soon as it does.
      const sweeper = setInterval(() => server?.closeIdleConnections(), 50);
      server?.closeIdleConnections();
      await Promise.all([closed, worker?.stop()]).finally(() => clearInterval(sweeper));
    },
  };
}
