import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isTriggerEvent, NotFoundError, Patchbay, verifyWebhook } from '../src/index.js';

const base = 'https://patchbay.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const patchbay = new Patchbay({ apiKey: 'app_test_key', baseUrl: base });
const subscription = (id: string, status = 'active') => ({
  id,
  endUserId: 'user-1',
  connectionId: 'conn_1',
  integration: 'github',
  trigger: 'issues',
  kind: 'webhook',
  config: { owner: 'octocat', repo: 'Hello-World' },
  status,
  lastRunAt: null,
  lastError: null,
  nextPollAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('patchbay.triggers', () => {
  it('subscribe posts the integration, trigger and typed config', async () => {
    let body: unknown;
    server.use(
      http.post(`${base}/api/v1/trigger-subscriptions`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(subscription('sub_1'), { status: 201 });
      }),
    );
    const created = await patchbay.triggers.subscribe('github', 'issues', { endUserId: 'user-1', config: { owner: 'octocat', repo: 'Hello-World', actions: ['opened'] } });
    expect(created.id).toBe('sub_1');
    expect(body).toEqual({ endUserId: 'user-1', integration: 'github', trigger: 'issues', config: { owner: 'octocat', repo: 'Hello-World', actions: ['opened'] } });
    await patchbay.triggers.subscribe('slack', 'message', { endUserId: 'user-1' });
    expect(body).toEqual({ endUserId: 'user-1', integration: 'slack', trigger: 'message', config: {} });
  });

  it('subscriptions list across pages; pause, resume, get and delete reach their paths; runs list', async () => {
    const calls: string[] = [];
    server.use(
      http.get(`${base}/api/v1/trigger-subscriptions`, ({ request }) => {
        const url = new URL(request.url);
        calls.push(`GET list ${url.searchParams.get('endUserId')} ${url.searchParams.get('cursor')}`);
        return HttpResponse.json(url.searchParams.get('cursor') ? { subscriptions: [subscription('sub_2')], nextCursor: null } : { subscriptions: [subscription('sub_1')], nextCursor: 'c2' });
      }),
      http.post(`${base}/api/v1/trigger-subscriptions/:id/:verb`, ({ params }) => {
        calls.push(`POST ${params.id} ${params.verb}`);
        return HttpResponse.json(subscription(String(params.id), params.verb === 'pause' ? 'paused' : 'active'));
      }),
      http.get(`${base}/api/v1/trigger-subscriptions/:id`, ({ params }) =>
        params.id === 'sub_gone' ? HttpResponse.json({ error: { type: 'not_found_error', code: 'not_found', message: 'No trigger subscription sub_gone in this app.', requestId: 'req_1' } }, { status: 404 }) : HttpResponse.json(subscription(String(params.id))),
      ),
      http.delete(`${base}/api/v1/trigger-subscriptions/:id`, ({ params }) => {
        calls.push(`DELETE ${params.id}`);
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${base}/api/v1/trigger-runs`, ({ request }) => {
        calls.push(`GET runs ${new URL(request.url).searchParams.get('subscriptionId')}`);
        return HttpResponse.json({ runs: [{ id: 'trun_1', subscriptionId: 'sub_1', endUserId: 'user-1', integration: 'github', trigger: 'issues', kind: 'push', status: 'succeeded', items: 1, durationMs: 3, error: null, startedAt: '2026-01-01T00:00:00Z' }], nextCursor: null });
      }),
    );
    const ids: string[] = [];
    for await (const item of await patchbay.triggers.subscriptions.list({ endUserId: 'user-1' })) ids.push(item.id);
    expect(ids).toEqual(['sub_1', 'sub_2']);
    expect((await patchbay.triggers.subscriptions.pause('sub_1')).status).toBe('paused');
    expect((await patchbay.triggers.subscriptions.resume('sub_1')).status).toBe('active');
    expect((await patchbay.triggers.subscriptions.get('sub_1')).id).toBe('sub_1');
    await expect(patchbay.triggers.subscriptions.get('sub_gone')).rejects.toBeInstanceOf(NotFoundError);
    await patchbay.triggers.subscriptions.delete('sub_1');
    expect((await patchbay.triggers.runs.list({ subscriptionId: 'sub_1' })).data[0]!.items).toBe(1);
    expect(calls).toEqual(['GET list user-1 null', 'GET list user-1 c2', 'POST sub_1 pause', 'POST sub_1 resume', 'DELETE sub_1', 'GET runs sub_1']);
  });

  it('isTriggerEvent narrows a verified trigger.fired event to its integration and trigger', () => {
    const secret = `whsec_${Buffer.from('a-test-secret-of-24-bytes').toString('base64')}`;
    const event = { event: 'trigger.fired', timestamp: '2026-01-01T00:00:00Z', data: { subscriptionId: 'sub_1', endUserId: 'user-1', connectionId: 'conn_1', integration: 'github', trigger: 'issues', itemId: 'd1', payload: { action: 'opened', repository: 'octocat/Hello-World', sender: 'octocat', issue: { number: 1, title: 'Bug', state: 'open', htmlUrl: 'x', body: null, user: 'octocat', labels: [] } } } };
    const payload = JSON.stringify(event);
    const at = new Date();
    const verified = verifyWebhook(payload, { 'webhook-id': 'evt_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('evt_1', at, payload) }, secret);
    expect(isTriggerEvent(verified, 'github', 'push')).toBe(false);
    expect(Patchbay.webhooks.isTriggerEvent(verified, 'github', 'issues')).toBe(true);
    if (isTriggerEvent(verified, 'github', 'issues')) expect(verified.data.payload.issue.title).toBe('Bug');
  });
});
