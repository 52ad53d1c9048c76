import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

let server: TestServer;
let close: () => Promise<void>;
let apiKey: string;
const sentIds: string[] = [];

beforeAll(async () => {
  ({ server, close } = await startServerWithEmulatedSlack());
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'alice');
  await connectSlack(server, apiKey, 'bob');
  for (const [endUserId, channel] of [['alice', 'general'], ['bob', 'general'], ['alice', 'nope'], ['alice', 'random'], ['bob', 'nope']]) {
    const response = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey,
      body: { endUserId, input: { channel, text: 'x' } },
    });
    sentIds.push(response.body.executionId ?? response.body.error.executionId);
  }
});
afterAll(() => close());

const list = (query: string) => request(`${server.url}/api/v1/executions${query}`, { apiKey });

describe('GET /api/v1/executions', () => {
  it('pages newest first with a cursor, and stats cover all pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.executions.length).toBeLessThanOrEqual(2);
      expect(page.body.stats).toMatchObject({ total: 5, success: 3, failed: 2, successRate: 0.6, p50: expect.any(Number), p95: expect.any(Number) });
      seen.push(...page.body.executions.map((execution: { id: string }) => execution.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...sentIds].reverse());
  });

  it('filters by end user, integration and status', async () => {
    const alice = await list('?endUserId=alice');
    expect(alice.body.stats).toMatchObject({ total: 3, success: 2, failed: 1 });
    const failed = await list('?status=failed&endUserId=bob');
    expect(failed.body.executions).toHaveLength(1);
    expect(failed.body.executions[0]).toMatchObject({ status: 'failed', endUser: { id: 'bob' }, error: { code: 'channel_not_found' } });
    expect((await list('?integration=notion')).body.stats.total).toBe(0);
  });

  it.each([
    ['?limit=0', 'query/limit'],
    ['?limit=101', 'query/limit'],
    ['?limit=ten', 'query/limit'],
    ['?status=pending', 'query/status'],
    ['?cursor=not-a-cursor', 'query/cursor'],
    // RFC 3339 instants nothing downstream can hold: a leap second, year 0000.
    ['?from=2016-12-31T23:59:60Z', 'query/from'],
    ['?to=0000-01-01T00:00:00Z', 'query/to'],
  ])('%s is 400', async (query, path) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toMatch(/invalid_request|invalid_cursor/);
    expect(response.body).toEqual(errorBody('invalid_request_error', response.body.error.code));
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
  });

  it('takes the last instant there is', async () => {
    const response = await list('?from=9999-12-31T23:59:59.999Z');
    expect(response.status).toBe(200);
    expect(response.body.stats.total).toBe(0);
  });

  it('another app sees none of it', async () => {
    const other = await signUp(server.url);
    const response = await request(`${server.url}/api/v1/executions`, { apiKey: other.apiKey });
    expect(response.body).toEqual({ executions: [], stats: { total: 0, success: 0, failed: 0, successRate: null, p50: null, p95: null }, nextCursor: null });
  });
});

describe('GET /api/v1/stats/executions', () => {
  const series = (query: string, key = apiKey) => request(`${server.url}/api/v1/stats/executions${query}`, { apiKey: key });

  it('counts executions, success, p95, active end users and API calls per hour', async () => {
    const from = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const response = await series(`?granularity=hour&from=${from}`);
    expect(response.status).toBe(200);
    expect(response.body.buckets).toHaveLength(4);
    const current = response.body.buckets.at(-1);
    expect(current).toMatchObject({ total: 5, success: 3, failed: 2, activeEndUsers: 2, p95: expect.any(Number) });
    expect(current.apiCalls).toBeGreaterThanOrEqual(7);
    expect(response.body.buckets[0]).toMatchObject({ total: 0, p95: null, activeEndUsers: 0 });
    expect(response.body.totals).toMatchObject({ total: 5, success: 3, failed: 2, successRate: 0.6, activeEndUsers: 2 });
    expect(new Date(response.body.buckets[1].start).getTime() - new Date(response.body.buckets[0].start).getTime()).toBe(3_600_000);
  });

  it('defaults to the last 7 days by UTC day and filters by integration', async () => {
    const response = await series('');
    expect(response.body.granularity).toBe('day');
    expect(response.body.buckets).toHaveLength(8);
    expect(response.body.buckets.at(-1).start).toBe(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z');
    expect(response.body.totals.total).toBe(5);
    expect((await series('?integration=notion')).body.totals.total).toBe(0);
  });

  it.each([
    ['?granularity=minute', 'query/granularity'],
    ['?from=yesterday', 'query/from'],
    ['?granularity=hour&from=2020-01-01T00:00:00Z', 'query/to'],
    ['?from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z', 'query/to'],
  ])('%s is 400', async (query, path) => {
    const response = await series(query);
    expect(response.status).toBe(400);
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
  });

  it('another app sees none of it', async () => {
    const other = await signUp(server.url);
    const response = await series('', other.apiKey);
    expect(response.body.totals).toMatchObject({ total: 0, activeEndUsers: 0 });
    // Only the stats request itself was made with the other app's key.
    expect(response.body.totals.apiCalls).toBeLessThanOrEqual(1);
  });
});
