import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { DestinationStream } from 'pino';
import { createLogger } from '../src/logger.js';
import { assembleServices } from '../src/runtime.js';
import { createSecretBox, parseEncryptionKeys } from '../src/security/secretBox.js';
import type { Services } from '../src/services.js';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from './testDatabase.js';
import { startWorker, type WorkerHandle } from '../src/worker/startWorker.js';

export interface TestServer {
  url: string;
  services: Services;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real HTTP app on a random loopback port, over its own database. */
export async function startTestServer(environment: Record<string, string> = {}, options: { worker?: boolean; logDestination?: DestinationStream } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: url,
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // Test files sign up many apps from one address; tests of the limits set their own.
    RATE_LIMIT_SIGNUPS_PER_HOUR: '100000',
    ...environment,
  });
  const services: Services = assembleServices({
    config,
    db: database.db,
    secrets: createSecretBox(...(config.encryptionKey ? parseEncryptionKeys(config.encryptionKey) : [randomBytes(32)])),
    logger: createLogger(config, options.logDestination),
  });
  server.on('request', createHttpApp(services));
  const worker: WorkerHandle | undefined = options.worker ? await startWorker(services, database.url) : undefined;
  if (worker) services.worker = { expected: true, running: () => worker.running() };
  return {
    url,
    services,
    database,
    close: async () => {
      await worker?.stop();
      await services.rateLimits.close();
      await services.appChanges.close();
      await services.apiCalls.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.drop();
    },
  };
}
