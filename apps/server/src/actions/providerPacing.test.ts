import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100', WORKER_CONCURRENCY: '8' } }));
});
afterAll(() => close());

const send = (apiKey: string, endUserId: string, text: string, mode: 'sync' | 'async' = 'sync') =>
  request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId, input: { channel: 'general', text }, mode } });
const execution = async (apiKey: string, id: string) => (await request(`${server.url}/api/v1/executions/${id}`, { apiKey })).body;
const metric = async (name: string) => (await server.services.metrics.registry.getSingleMetric(name)!.get()).values as { metricName?: string; labels: Record<string, string | number>; value: number }[];

describe('pacing by the provider\'s rate-limit headers', () => {
  it('100 queued actions against a provider allowing 10 per second all succeed, without one 429 from it', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'bulk-user');
    emulator.setRateLimit(10);
    try {
      const started = Date.now();
      const accepted = [];
      for (let batch = 0; batch < 5; batch += 1) {
        accepted.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => send(app.apiKey, 'bulk-user', `bulk ${batch * 20 + i}`, 'async')))));
      }
      expect(accepted.map((response) => response.status)).toEqual(Array(100).fill(202));
      await eventually(async () => {
        const done = await server.database.db('executions').where({ app_id: app.appId, status: 'success' }).count({ n: '*' }).first();
        expect(done?.n).toBe(100);
      }, 90_000);
      const seconds = (Date.now() - started) / 1000;

      expect(emulator.stats().rateLimited).toBe(0);
      expect(emulator.messages().filter((message) => message.text.startsWith('bulk '))).toHaveLength(100);
      // One attempt each: no call was refused and retried.
      const attempts = await server.database.db('execution_attempts').where({ app_id: app.appId }).select('number', 'provider_status', 'waited_ms');
      expect(attempts).toHaveLength(100);
      expect(new Set(attempts.map((attempt) => `${attempt.number}:${attempt.provider_status}`))).toEqual(new Set(['1:200']));
      // The limit held them back: 100 calls at 10 per second need ten one-second windows, so at
      // least eight full seconds (unpaced, eight workers would be done in one or two).
      expect(seconds).toBeGreaterThan(8);
      expect(attempts.filter((attempt) => attempt.waited_ms > 0).length).toBeGreaterThan(50);
      const waits = await metric('patchbay_provider_wait_seconds');
      expect(waits.find((value) => value.metricName === 'patchbay_provider_wait_seconds_count' && value.labels.reason === 'rate_limit')?.value).toBeGreaterThan(50);
      expect(await metric('patchbay_provider_rate_limited_total')).toEqual([]);
    } finally {
      emulator.setRateLimit(undefined);
    }
  }, 120_000);

  it('a 429 with Retry-After (Slack\'s tiers): retried after it, every attempt recorded', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'tier-user');
    emulator.failNext('/slack/api/chat.postMessage', { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } });
    const response = await send(app.apiKey, 'tier-user', 'after the tier window');
    expect(response.status).toBe(200);
    const detail = await execution(app.apiKey, response.body.executionId);
    expect(detail.attempts).toEqual([
      { number: 1, startedAt: expect.any(String), duration: expect.any(Number), waited: 0, providerStatus: 429, providerCode: null, error: { code: 'rate_limited', message: expect.any(String) }, delayBeforeNext: 2000 },
      { number: 2, startedAt: expect.any(String), duration: expect.any(Number), waited: expect.any(Number), providerStatus: 200, providerCode: null, error: null, delayBeforeNext: null },
    ]);
    expect(Date.parse(detail.attempts[1].startedAt) - Date.parse(detail.attempts[0].startedAt)).toBeGreaterThanOrEqual(2000);
  });

  it('when waiting would exceed its budget, a sync call answers 429 with Retry-After without calling the provider, and an async one waits in the queue', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'blocked-user');
    emulator.failNext('/slack/api/chat.postMessage', { status: 429, headers: { 'retry-after': '120' }, body: { ok: false, error: 'ratelimited' } });
    // Longer than the retry budget: the provider's 429 is the answer, recorded.
    const first = await send(app.apiKey, 'blocked-user', 'refused by Slack');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('120');

    const before = { requests: emulator.stats().apiRequests, executions: await server.database.db('executions').where({ app_id: app.appId }).count({ n: '*' }).first() };
    const paced = await send(app.apiKey, 'blocked-user', 'held back');
    expect(paced.status).toBe(429);
    expect(paced.body.error).toMatchObject({ type: 'rate_limit_error', code: 'provider_rate_limited' });
    expect(Number(paced.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(emulator.stats().apiRequests).toBe(before.requests);
    expect(await server.database.db('executions').where({ app_id: app.appId }).count({ n: '*' }).first()).toEqual(before.executions);

    const queued = await send(app.apiKey, 'blocked-user', 'waits its turn', 'async');
    expect(queued.status).toBe(202);
    await eventually(async () => {
      const job = await server.database.db.raw(
        "select run_at from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'run_action' and j.key = ?",
        [`action:${queued.body.executionId}`],
      );
      expect(job.rows[0]?.run_at.getTime()).toBeGreaterThan(Date.now() + 100_000);
    });
    expect((await execution(app.apiKey, queued.body.executionId)).status).toBe('queued');
    expect(emulator.stats().apiRequests).toBe(before.requests);
  });
});
