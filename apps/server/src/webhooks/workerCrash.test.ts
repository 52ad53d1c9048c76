import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { startServerProcess, type ServerProcess } from '../../test/serverProcess.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { recordEvent } from './outbox.js';

// A worker process killed with SIGKILL in the middle of a burst loses no event: every one is
// delivered at least once after another worker starts.
const encryptionKey = randomBytes(32).toString('base64');
let server: TestServer;
const workers: ServerProcess[] = [];

async function startWorkerProcess(databaseUrl: string): Promise<ServerProcess> {
  const worker = await startServerProcess(['worker'], {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEY: encryptionKey,
    LOG_LEVEL: 'silent',
    WORKER_CONCURRENCY: '10',
    WORKER_POLL_INTERVAL_MS: '100',
    WORKER_DEAD_AFTER_SECONDS: '3',
    WEBHOOK_RETRY_SCHEDULE: '0.5,1,1,1,1',
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  server = await startTestServer({ ENCRYPTION_KEY: encryptionKey });
});
afterAll(async () => {
  for (const { child } of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await server.close();
});

it('SIGKILL during a burst of 500 events: all are delivered after restart', { timeout: 120_000 }, async () => {
  const receiver = await startWebhookReceiver();
  const app = await signUp(server.url, { webhookUrl: receiver.url });
  receiver.setSecret(app.webhookSecret);
  const eventIds = await server.services.db.transaction(async (trx) => {
    const ids: string[] = [];
    for (let i = 0; i < 500; i += 1) {
      ids.push(await recordEvent(trx, app.appId, 'execution.failed', {
        executionId: `exec_${i}`,
        endUserId: 'burst',
        integration: 'slack',
        action: 'send_message',
        error: { code: 'x', message: 'x' },
      }));
    }
    return ids;
  });

  const first = await startWorkerProcess(server.database.url);
  await eventually(() => expect(receiver.received.length).toBeGreaterThanOrEqual(30), 60_000);
  first.child.kill('SIGKILL');
  const deliveredBeforeKill = new Set(receiver.received.map((hit) => hit.headers['webhook-id']));
  expect(deliveredBeforeKill.size).toBeLessThan(500);

  await startWorkerProcess(server.database.url);
  await eventually(() => {
    const delivered = new Set(receiver.received.map((hit) => String(hit.headers['webhook-id'])));
    expect(delivered.size).toBe(500);
  }, 90_000);
  expect(new Set(receiver.received.map((hit) => String(hit.headers['webhook-id'])))).toEqual(new Set(eventIds));
  expect(receiver.received.every((hit) => hit.verified)).toBe(true);
  const failed = await request(`${server.url}/api/v1/events?status=failed`, { apiKey: app.apiKey });
  expect(failed.body.events).toEqual([]);
  await receiver.close();
});
