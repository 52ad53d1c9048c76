import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { createHttpApp } from '../app.js';
import { loadConfig } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embeddedPostgres.js';
import { createDb, withDatabase, type Db } from '../db/knex.js';
import { migrate } from '../db/migrate.js';
import { syncCatalog } from '../integrations/catalogSync.js';
import { createLogger } from '../logger.js';
import { assembleServices } from '../runtime.js';
import { createSecretBox } from '../security/secretBox.js';
import type { Services } from '../services.js';
import { startWorker, type WorkerHandle } from '../worker/startWorker.js';

// PostgreSQL goes away under load and comes back: the API answers 503 meanwhile, nothing
// crashes, and the API and the worker recover by themselves. Needs its own cluster to stop.
let dir: string;
let cluster: EmbeddedDatabase;
let db: Db;
let services: Services;
let server: Server;
let worker: WorkerHandle;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'patchbay-outage-'));
  cluster = await startEmbeddedPostgres(dir);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database outage');
  await admin.end();
  const databaseUrl = withDatabase(cluster.url, 'outage');
  db = createDb(databaseUrl, {}, createLogger({ logLevel: 'silent' }));
  await migrate(db, databaseUrl);
  await syncCatalog(db);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: url, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '200', WEBHOOK_RETRY_SCHEDULE: '0.5,1,1,2,2,2,2,2' });
  services = assembleServices({ config, db, secrets: createSecretBox(randomBytes(32)), logger: createLogger(config) });
  server.on('request', createHttpApp(services));
  worker = await startWorker(services, databaseUrl);
}, 120_000);

afterAll(async () => {
  await worker?.stop().catch(() => {});
  await services?.appChanges.close();
  server?.closeAllConnections();
  server?.close();
  await db?.destroy();
  await cluster?.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

it('answers 503 while PostgreSQL is down and recovers, API and worker, when it returns', { timeout: 120_000 }, async () => {
  const receiver = await startWebhookReceiver();
  const app = await signUp(url, { webhookUrl: receiver.url });
  const list = () => request(`${url}/api/v1/executions`, { apiKey: app.apiKey });
  expect((await list()).status).toBe(200);
  // The caches' listener signs in like the pool (this cluster wants a password), or keys and
  // settings are read from the database on every request.
  await eventually(() => expect(services.appChanges.live()).toBe(true));

  // Load while the database disappears.
  let stop = false;
  const statuses: number[] = [];
  const load = (async () => {
    while (!stop) {
      statuses.push((await list().catch(() => ({ status: -1 }))).status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cluster.stop();

  const down = await eventually(async () => {
    const response = await list();
    expect(response.status).toBe(503);
    return response;
  }, 30_000);
  expect(down.body.error).toMatchObject({ type: 'api_error', code: 'service_unavailable', requestId: expect.any(String) });
  expect(down.headers.get('retry-after')).toBe('5');
  expect((await request(`${url}/readyz`)).status).toBe(503);

  // An event written before the outage is still delivered once the database is back.
  cluster = await startEmbeddedPostgres(dir);
  await eventually(async () => expect((await list()).status).toBe(200), 60_000);
  stop = true;
  await load;
  expect(statuses).toContain(503);
  expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);

  const [endpoint] = (await request(`${url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey })).body.endpoints;
  await request(`${url}/api/v1/webhook-endpoints/${endpoint.id}/test`, { apiKey: app.apiKey, method: 'POST' });
  await eventually(() => expect(receiver.received.length).toBeGreaterThanOrEqual(1), 60_000);
  expect(worker.running()).toBe(true);
  expect((await request(`${url}/readyz`)).status).toBe(200);
  await eventually(() => expect(services.appChanges.live()).toBe(true));
  await receiver.close();
});
