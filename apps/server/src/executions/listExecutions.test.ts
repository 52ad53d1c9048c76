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
  ])('%s is 400', async (query, path) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toMatch(/invalid_request|invalid_cursor/);
    expect(response.body).toEqual(errorBody('invalid_request_error', response.body.error.code));
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
  });

  it('another app sees none of it', async () => {
    const other = await signUp(server.url);
    const response = await request(`${server.url}/api/v1/executions`, { apiKey: other.apiKey });
    expect(response.body).toEqual({ executions: [], stats: { total: 0, success: 0, failed: 0, successRate: null, p50: null, p95: null }, nextCursor: null });
  });
});
