// Many processes, one database: two API processes (`serve --no-worker`) and two workers of the
// compiled server on one PostgreSQL and one Redis, as a fleet behind a load balancer runs. Nothing
// is coordinated in memory: limits live in Redis, refresh leases, jobs and outbox in PostgreSQL.
// Prints what clients saw when an API process was killed under load (docs/self-hosting.md).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { emulatorEndpoints, startEmulator, type Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, parseEncryptionKeys } from '../security/secretBox.js';
import { connectSlack } from '../../test/emulatedSlack.js';
import { expireConnectionTokens } from '../../test/expireTokens.js';
import { request, signUp } from '../../test/http.js';
import { redisAvailable, redisUrl } from '../../test/redis.js';
import { startServerProcess, type ServerProcess } from '../../test/serverProcess.js';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';

const haveRedis = await redisAvailable();
const encryptionKey = randomBytes(32).toString('base64');
const readsPerMinute = 40;

let database: TestDatabase;
let emulator: Emulator;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let apis: ServerProcess[] = [];
let workers: ServerProcess[] = [];
const everyProcess: ServerProcess[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function fleetEnvironment(publicUrl: string): Record<string, string> {
  const slack = emulatorEndpoints(emulator.url, 'slack');
  return {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    ENCRYPTION_KEY: encryptionKey,
    // Both API processes stand behind one public URL; the first one plays the load balancer's part.
    PUBLIC_URL: publicUrl,
    SLACK_CLIENT_ID: 'patchbay-demo',
    SLACK_CLIENT_SECRET: 'patchbay-demo-secret',
    SLACK_AUTHORIZATION_URL: slack.authorizationUrl,
    SLACK_TOKEN_URL: slack.tokenUrl,
    SLACK_API_BASE_URL: slack.apiBaseUrl,
    RATE_LIMIT_READS_PER_MINUTE: String(readsPerMinute),
    RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    RATE_LIMIT_ACTIONS_PER_MINUTE: '100000',
    RATE_LIMIT_SIGNUPS_PER_HOUR: '100000',
    RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE: '100000',
    RATE_LIMIT_CONNECTION_CALLS_PER_MINUTE: '100000',
    WORKER_CONCURRENCY: '10',
    // Each worker locks jobs in batches: a SIGKILLed worker's batch must still reach the other.
    WORKER_LOCAL_QUEUE_SIZE: '11',
    WORKER_POLL_INTERVAL_MS: '200',
    WORKER_DEAD_AFTER_SECONDS: '3',
    WEBHOOK_RETRY_SCHEDULE: '0.5,1,1,1,1',
    // Workers log each completed job at debug: how the test sees which worker did the work.
    LOG_LEVEL: 'debug',
  };
}

async function start(args: string[], environment: Record<string, string>): Promise<ServerProcess> {
  const started = await startServerProcess(args, environment);
  everyProcess.push(started);
  return started;
}

beforeAll(async () => {
  if (!haveRedis) return;
  [database, emulator, receiver] = await Promise.all([createTestDatabase(), startEmulator({ autoApprove: true }), startWebhookReceiver()]);
  const ports = [await freePort(), await freePort()];
  const environment = fleetEnvironment(`http://127.0.0.1:${ports[0]}`);
  apis = await Promise.all(ports.map((port) => start(['serve', '--no-worker'], { ...environment, PORT: String(port) })));
  workers = await Promise.all([start(['worker'], environment), start(['worker'], environment)]);
}, 120_000);

afterAll(async () => {
  for (const { child } of everyProcess) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(everyProcess.map((started) => started.exited));
  await receiver?.close();
  await emulator?.close();
  await database?.drop();
});

/** Request i goes to API process i mod 2, as a round-robin load balancer would send it. */
const apiUrl = (i: number) => apis[i % apis.length]!.url!;

/** How many completed jobs of a task each worker's log shows. */
const completedBy = (task: string) =>
  workers.map((worker) => worker.logs().filter((line) => (line.job as { task_identifier?: string } | undefined)?.task_identifier === task && line.success === true).length);
/** Items of the batch jobs of `task` that each worker completed (a job with an object payload is one). */
const itemsCompletedBy = (task: string) =>
  workers.map((worker) =>
    worker
      .logs()
      .filter((line) => (line.job as { task_identifier?: string } | undefined)?.task_identifier === task && line.success === true)
      .reduce((sum, line) => sum + (Array.isArray((line.job as { payload?: unknown }).payload) ? ((line.job as { payload: unknown[] }).payload.length) : 1), 0),
  );

async function inBatches<T>(count: number, concurrency: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await run(i);
      }
    }),
  );
  return results;
}

const testEvents = async (apiKey: string, endpointId: string, count: number) => {
  const responses = await inBatches(count, 20, (i) => request(`${apiUrl(i)}/api/v1/webhook-endpoints/${endpointId}/test`, { apiKey, method: 'POST' }));
  expect(responses.filter((response) => response.status !== 202)).toEqual([]);
  return responses.map((response) => response.body.id as string);
};

const countRows = async (query: ReturnType<TestDatabase['db']>) => Number((await query.count({ n: '*' }).first())?.n);

const deliveredIds = () => new Set(receiver.received.map((hit) => String(hit.headers['webhook-id'])));

describe.skipIf(!haveRedis)('two API processes and two workers on one PostgreSQL and one Redis', { timeout: 300_000 }, () => {
  let app: Awaited<ReturnType<typeof signUp>>;
  let endpointId: string;

  beforeAll(async () => {
    app = await signUp(apiUrl(0), { webhookUrl: receiver.url });
    receiver.setSecret(app.webhookSecret);
    endpointId = (await request(`${apiUrl(1)}/api/v1/webhook-endpoints`, { apiKey: app.apiKey })).body.endpoints[0].id;
  });

  it('the per-key read limit holds as a sum across both API processes', async () => {
    const limited = await signUp(apiUrl(1));
    const statuses = await inBatches(readsPerMinute + 20, 10, async (i) => (await request(`${apiUrl(i)}/api/v1/integrations`, { apiKey: limited.apiKey })).status);
    // Tallied so that a failure shows every status the clients saw.
    const tally = Object.fromEntries([...new Set(statuses)].map((status) => [status, statuses.filter((seen) => seen === status).length]));
    expect(tally).toEqual({ 200: readsPerMinute, 429: 20 });
  });

  it('50 concurrent actions on an expired token, split across both API processes: one refresh at the provider, all succeed', async () => {
    const connectionId = await connectSlack({ url: apiUrl(1) }, app.apiKey, 'busy-user');
    await expireConnectionTokens({ db: database.db, secrets: createSecretBox(...parseEncryptionKeys(encryptionKey)) }, emulator, connectionId);
    const before = emulator.stats().refreshRequests;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        request(`${apiUrl(i)}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'busy-user', input: { channel: 'general', text: `refresh ${i}` } } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    expect(emulator.stats().refreshRequests - before).toBe(1);
  });

  it('1,000 webhook events from both API processes are all delivered, the work spread over both workers', async () => {
    const before = itemsCompletedBy('deliver_webhook_event');
    const started = Date.now();
    const ids = await testEvents(app.apiKey, endpointId, 1000);
    const created = (Date.now() - started) / 1000;
    await eventually(() => expect(ids.filter((id) => !deliveredIds().has(id))).toEqual([]), 150_000);
    const delivered = (Date.now() - started) / 1000;
    // A worker logs a job as completed a moment after the receiver has it.
    const byWorker = await eventually(() => {
      const counts = itemsCompletedBy('deliver_webhook_event').map((count, i) => count - before[i]!);
      expect(counts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(1000);
      return counts;
    });
    console.log(`1,000 events created through 2 API processes in ${created.toFixed(1)} s, all delivered by 2 workers ${delivered.toFixed(1)} s after the first; deliveries per worker: ${byWorker.join(' / ')}`);
    for (const count of byWorker) expect(count).toBeGreaterThan(100);
    expect(receiver.received.every((hit) => hit.verified)).toBe(true);
  });

  it('async actions queued through both API processes run exactly once', async () => {
    await connectSlack({ url: apiUrl(0) }, app.apiKey, 'async-user');
    const responses = await inBatches(100, 10, (i) =>
      request(`${apiUrl(i)}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'async-user', mode: 'async', input: { channel: 'general', text: `async ${i}` } } }),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(202));
    const executionIds = responses.map((response) => response.body.executionId as string);
    await eventually(async () => expect(await countRows(database.db('executions').whereIn('id', executionIds).where({ status: 'success' }))).toBe(100), 60_000);
    const texts = emulator.messages().map((message) => message.text).filter((text) => text.startsWith('async '));
    expect(texts).toHaveLength(100);
    expect(new Set(texts).size).toBe(100);
    const byWorker = completedBy('run_action');
    console.log(`100 async actions, run once each; runs per worker: ${byWorker.join(' / ')}`);
  });

  it('a worker killed with SIGKILL mid-burst loses nothing: the other finishes its jobs', async () => {
    const alreadyDelivered = receiver.received.length;
    // Killed while events are still being made: deliveries keep up with a burst of API calls.
    const creating = testEvents(app.apiKey, endpointId, 1000);
    await eventually(() => expect(receiver.received.length - alreadyDelivered).toBeGreaterThanOrEqual(100), 60_000);
    workers[0]!.child.kill('SIGKILL');
    const deliveredAtKill = receiver.received.length - alreadyDelivered;
    await workers[0]!.exited;
    const ids = await creating;
    await eventually(() => expect(ids.filter((id) => !deliveredIds().has(id))).toEqual([]), 150_000);
    const burst = new Set(ids);
    const hits = receiver.received.filter((hit) => burst.has(String(hit.headers['webhook-id']))).length;
    console.log(`SIGKILL after ${deliveredAtKill} of 1,000 deliveries: all 1,000 delivered by the other worker; ${hits - 1000} delivered twice (at least once, same webhook-id)`);
    expect(await countRows(database.db('webhook_event_targets').whereIn('event_id', ids).whereNot({ status: 'delivered' }))).toBe(0);
  });

  it('an API process killed under load: the other keeps answering, and every answered action is recorded', async () => {
    const newTally = () => ({ ok: 0, reset: 0, refused: 0, other: 0 });
    const tally: [ReturnType<typeof newTally>, ReturnType<typeof newTally>] = [newTally(), newTally()];
    const executionIds: string[] = [];
    let killed = false;
    const killAt = Date.now() + 1000;
    const stopAt = killAt + 2000;
    await Promise.all(
      Array.from({ length: 10 }, async (_, client) => {
        for (let i = client; Date.now() < stopAt; i += 10) {
          if (!killed && Date.now() >= killAt) {
            killed = true;
            apis[0]!.child.kill('SIGKILL');
          }
          const target = (i % 2) as 0 | 1;
          const seen = tally[target];
          try {
            const response = await request(`${apis[target]!.url}/api/v1/integrations/slack/actions/send_message`, {
              apiKey: app.apiKey,
              body: { endUserId: 'busy-user', input: { channel: 'general', text: `load ${i}` } },
            });
            if (response.status === 200) {
              seen.ok += 1;
              executionIds.push(response.body.executionId);
            } else seen.other += 1;
          } catch (error) {
            const code = (error as { cause?: { code?: string } }).cause?.code;
            if (code === 'ECONNREFUSED') seen.refused += 1;
            else if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') seen.reset += 1;
            else seen.other += 1;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      }),
    );
    const [killedOne, survivor] = tally;
    console.log(
      `SIGKILL of API process 1 under load (10 clients, round robin, 3 s): ` +
        `process 1 answered ${killedOne.ok} actions before the kill, then ${killedOne.reset} requests were cut mid-flight and ${killedOne.refused} refused; ` +
        `process 2 answered ${survivor.ok}, failed ${survivor.reset + survivor.refused + survivor.other}; other answers from process 1: ${killedOne.other}`,
    );
    expect(survivor.ok).toBeGreaterThan(0);
    expect(survivor).toMatchObject({ reset: 0, refused: 0, other: 0 });
    expect(killedOne.other).toBe(0);
    expect(await countRows(database.db('executions').whereIn('id', executionIds).where({ status: 'success' }))).toBe(executionIds.length);
  });
});
