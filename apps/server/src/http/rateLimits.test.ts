import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import { redisAvailable, redisUrl } from '../../test/redis.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { createHttpApp } from '../app.js';
import { randomToken } from '../ids.js';
import { createRateLimits } from './rateLimits.js';

const haveRedis = await redisAvailable();

describe('API rate limits (memory store)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_READS_PER_MINUTE: '3', RATE_LIMIT_WRITES_PER_MINUTE: '2', RATE_LIMIT_SIGNUPS_PER_HOUR: '3' });
  });
  afterAll(() => server.close());

  it('counts down in RateLimit headers, then answers 429 with Retry-After in the error shape; apps are separate', async () => {
    const app = await signUp(server.url);
    const other = await signUp(server.url);
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual(errorBody('rate_limit_error', 'rate_limited'));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    // Reads and writes are counted apart, and another app has its own budget.
    expect((await request(`${server.url}/api/v1/connect/sessions`, { apiKey: app.apiKey, body: { endUserId: 'u' } })).status).toBe(201);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: other.apiKey })).status).toBe(200);
  });

  it('sign-ups are limited per client address, before any work', async () => {
    // Two sign-ups already happened above from this address (limit 3 per hour).
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push(
        (await request(`${server.url}/api/v1/apps`, { body: { accountEmail: `limit-${i}-${randomToken(6)}@x.test`, accountPassword: 'secure-password', accountName: 'L', appName: 'L' } })).status,
      );
    }
    expect(statuses).toEqual([201, 429, 429]);
  });
});

describe('outbound caps', () => {
  it('over the per-provider-client cap a sync action is refused before reaching the provider; an async one waits', async () => {
    const { server, emulator, close } = await startServerWithEmulatedSlack({ environment: { RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE: '2' } });
    try {
      const app = await signUp(server.url);
      await connectSlack(server, app.apiKey, 'busy');
      const send = (body: Record<string, unknown> = {}) =>
        request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'busy', input: { channel: 'general', text: 'capped' }, ...body } });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('provider_rate_limited');
      expect(emulator.messages().filter((message) => message.text === 'capped')).toHaveLength(2);

      const queued = await send({ mode: 'async' });
      expect(queued.status).toBe(202);
      const { runQueuedAction } = await import('../jobs/runQueuedAction.js');
      const job = (await server.database.db.raw(`select payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'run_action'`)).rows[0];
      await runQueuedAction(server.services)(job.payload, {} as never);
      const execution = await server.database.db('executions').where({ id: queued.body.executionId }).first();
      expect(execution.status).toBe('queued');
      const rescheduled = (await server.database.db.raw(`select run_at from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'run_action'`)).rows;
      expect(rescheduled.some((row: { run_at: Date }) => row.run_at.getTime() > Date.now() + 1000)).toBe(true);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!haveRedis)('shared limits in Redis (REDIS_URL)', () => {
  let server: TestServer;
  let second: Server;
  let secondUrl: string;
  beforeAll(async () => {
    const environment = { REDIS_URL: redisUrl, RATE_LIMIT_READS_PER_MINUTE: '3' };
    server = await startTestServer(environment);
    // A second API process on the same database: its own limiter objects, only Redis in common.
    second = createServer(createHttpApp({ ...server.services, rateLimits: createRateLimits(server.services.config) }));
    await new Promise<void>((resolve) => second.listen(0, '127.0.0.1', resolve));
    secondUrl = `http://127.0.0.1:${(second.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    second.closeAllConnections();
    await new Promise<void>((resolve) => second.close(() => resolve()));
    await server.close();
  });

  it('two API processes draw on one budget', async () => {
    const app = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey })).status).toBe(200);
    expect((await request(`${secondUrl}/api/v1/integrations`, { apiKey: app.apiKey })).status).toBe(200);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey })).headers.get('ratelimit-remaining')).toBe('0');
    const refused = await request(`${secondUrl}/api/v1/integrations`, { apiKey: app.apiKey });
    expect(refused.status).toBe(429);
  });
});
