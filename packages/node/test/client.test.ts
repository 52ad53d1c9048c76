import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, ConflictError, ConnectionError, NotFoundError, Patchbay, PermissionError, ProviderError, RateLimitError, ValidationError } from '../src/index.js';

const base = 'https://patchbay.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const patchbay = new Patchbay({ apiKey: 'app_test_key', baseUrl: base, maxRetries: 2 });
const errorBody = (type: string, code: string, extra: Record<string, unknown> = {}) => ({ error: { type, code, message: `${code} happened`, requestId: 'req_1', ...extra } });

describe('resources', () => {
  it('sends the API key and unwraps the catalog', async () => {
    let key: string | null = null;
    server.use(
      http.get(`${base}/api/v1/integrations`, ({ request }) => {
        key = request.headers.get('x-api-key');
        return HttpResponse.json({ integrations: [{ slug: 'slack', name: 'Slack', description: '', category: 'communication', authType: 'oauth2', icon: '', connectedUsers: 2, actions: [] }] });
      }),
    );
    const integrations = await patchbay.integrations.list();
    expect(integrations.map((integration) => integration.slug)).toEqual(['slack']);
    expect(key).toBe('app_test_key');
  });

  it('actions.run posts the input with an automatic Idempotency-Key and returns typed data', async () => {
    let seen: { key: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${base}/api/v1/integrations/slack/actions/send_message`, async ({ request }) => {
        seen = { key: request.headers.get('idempotency-key'), body: await request.json() };
        return HttpResponse.json({ success: true, executionId: 'exec_1', data: { ok: true, channel: 'C1', ts: '1.2' }, duration: 12 });
      }),
    );
    const result = await patchbay.actions.run('slack', 'send_message', { endUserId: 'u1', input: { channel: '#general', text: 'Hi' } });
    expect(result).toEqual({ executionId: 'exec_1', data: { ok: true, channel: 'C1', ts: '1.2' }, duration: 12 });
    expect(seen?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen?.body).toEqual({ endUserId: 'u1', input: { channel: '#general', text: 'Hi' } });
  });

  it('lists are async-iterable across pages', async () => {
    server.use(
      http.get(`${base}/api/v1/executions`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        const stats = { total: 3, success: 3, failed: 0, successRate: 1, p50: 1, p95: 1 };
        const execution = (id: string) => ({ id, endUser: { id: 'u', email: null }, integration: { slug: 'slack', name: 'Slack' }, action: 'send_message', status: 'success', duration: 1, startedAt: '2026-01-01T00:00:00Z' });
        return HttpResponse.json(cursor ? { executions: [execution('exec_3')], stats, nextCursor: null } : { executions: [execution('exec_1'), execution('exec_2')], stats, nextCursor: 'c2' });
      }),
    );
    const first = await patchbay.executions.list({ limit: 2 });
    expect(first.stats.total).toBe(3);
    const ids: string[] = [];
    for await (const execution of first) ids.push(execution.id);
    expect(ids).toEqual(['exec_1', 'exec_2', 'exec_3']);
  });

  it('connections, end users, sessions and webhook endpoints reach their paths', async () => {
    const calls: string[] = [];
    server.use(
      http.all(`${base}/api/v1/*`, ({ request }) => {
        calls.push(`${request.method} ${new URL(request.url).pathname}`);
        return request.method === 'DELETE' ? new HttpResponse(null, { status: 204 }) : HttpResponse.json({ token: 'cs_x', expiresAt: 'x', endpoints: [], connections: [], endUsers: [], nextCursor: null });
      }),
    );
    await patchbay.connectSessions.create({ endUserId: 'u1' });
    await patchbay.connections.list({ endUserId: 'u1' });
    await patchbay.connections.delete('conn_1');
    await patchbay.endUsers.list();
    await patchbay.endUsers.delete('user 1');
    await patchbay.webhookEndpoints.list();
    expect(calls).toEqual([
      'POST /api/v1/connect/sessions',
      'GET /api/v1/connections',
      'DELETE /api/v1/connections/conn_1',
      'GET /api/v1/end-users',
      'DELETE /api/v1/end-users/user%201',
      'GET /api/v1/webhook-endpoints',
    ]);
  });
});

describe('every resource method', () => {
  it('calls its operation', async () => {
    const calls: string[] = [];
    server.use(
      http.all(`${base}/api/v1/*`, ({ request }) => {
        const url = new URL(request.url);
        calls.push(`${request.method} ${url.pathname}${url.search}`);
        if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
        return HttpResponse.json({ integrations: [], endpoints: [], deliveries: [], events: [], connections: [], endUsers: [], executions: [], stats: {}, nextCursor: null, executionId: 'exec_1', status: 'queued' });
      }),
    );
    await patchbay.integrations.get('slack');
    await patchbay.integrations.setOAuthClient('slack', { clientId: 'c', clientSecret: 's' });
    await patchbay.integrations.deleteOAuthClient('slack');
    await patchbay.integrations.update('slack', { enabled: false });
    await patchbay.connections.authorize({ endUserId: 'u', integrationSlug: 'slack', redirectUri: 'https://x.example/cb' });
    await patchbay.connections.create({ endUserId: 'u', integrationSlug: 'airtable', credentials: { apiKey: 'k' } });
    await patchbay.connections.get('conn_1');
    await patchbay.connections.repairLink('conn_1', { extraScopes: ['files:write'] });
    await patchbay.connections.checkHealth('conn_1');
    await patchbay.connections.list({ health: 'needs_reauth' });
    await patchbay.endUsers.list({ health: 'degraded' });
    await patchbay.endUsers.get('u');
    await patchbay.actions.runAsync('slack', 'list_channels', { endUserId: 'u', input: {} });
    await patchbay.executions.get('exec_1');
    await patchbay.executions.timeseries({ granularity: 'hour' });
    await patchbay.webhookEndpoints.create({ url: 'https://x.example/hooks' });
    await patchbay.webhookEndpoints.get('we_1');
    await patchbay.webhookEndpoints.update('we_1', { enabled: false });
    await patchbay.webhookEndpoints.delete('we_1');
    await patchbay.webhookEndpoints.secret('we_1');
    await patchbay.webhookEndpoints.rotateSecret('we_1');
    await patchbay.webhookEndpoints.sendTest('we_1');
    await patchbay.events.list({ status: 'failed' });
    await patchbay.events.deliveries('evt_1');
    await patchbay.events.resend('evt_1');
    await patchbay.events.resendFailed({ since: '2026-01-01T00:00:00Z' });
    await patchbay.app.update({ allowedOrigins: ['https://app.example'] });
    await patchbay.usage.get({ from: '2026-11-01', to: '2026-11-30', granularity: 'month' });
    await patchbay.usage.estimate('2026-11');
    expect(calls).toEqual([
      'GET /api/v1/integrations/slack',
      'PUT /api/v1/integrations/slack/oauth-client',
      'DELETE /api/v1/integrations/slack/oauth-client',
      'PATCH /api/v1/integrations/slack',
      'POST /api/v1/connections/authorize',
      'POST /api/v1/connections',
      'GET /api/v1/connections/conn_1',
      'POST /api/v1/connections/conn_1/repair-link',
      'POST /api/v1/connections/conn_1/health-check',
      'GET /api/v1/connections?health=needs_reauth',
      'GET /api/v1/end-users?health=degraded',
      'GET /api/v1/end-users/u',
      'POST /api/v1/integrations/slack/actions/list_channels',
      'GET /api/v1/executions/exec_1',
      'GET /api/v1/stats/executions?granularity=hour',
      'POST /api/v1/webhook-endpoints',
      'GET /api/v1/webhook-endpoints/we_1',
      'PATCH /api/v1/webhook-endpoints/we_1',
      'DELETE /api/v1/webhook-endpoints/we_1',
      'GET /api/v1/webhook-endpoints/we_1/secret',
      'POST /api/v1/webhook-endpoints/we_1/rotate-secret',
      'POST /api/v1/webhook-endpoints/we_1/test',
      'GET /api/v1/events?status=failed',
      'GET /api/v1/events/evt_1/deliveries',
      'POST /api/v1/events/evt_1/resend',
      'POST /api/v1/events/resend-failed',
      'PATCH /api/v1/app',
      'GET /api/v1/usage?from=2026-11-01&to=2026-11-30&granularity=month',
      'GET /api/v1/billing/estimate?period=2026-11',
    ]);
  });
});

describe('errors', () => {
  it.each([
    [401, errorBody('authentication_error', 'unauthorized'), AuthenticationError],
    [404, errorBody('not_found_error', 'not_found'), NotFoundError],
    [409, errorBody('conflict_error', 'idempotency_key_reused'), ConflictError],
    [400, errorBody('invalid_request_error', 'invalid_request', { details: [{ path: 'body/endUserId', message: 'is required' }] }), ValidationError],
    [422, errorBody('provider_error', 'not_found', { executionId: 'exec_9', providerCode: 'channel_not_found', providerStatus: 200 }), ProviderError],
    [403, errorBody('permission_error', 'missing_scopes', { missingScopes: ['chat:write'], repairLink: { url: 'https://patchbay.test/connect?session=cs_1', expiresAt: '2026-01-02T00:00:00Z' } }), PermissionError],
  ] as const)('%i maps to its class with code, requestId and details', async (status, body, ErrorClass) => {
    server.use(http.get(`${base}/api/v1/app`, () => HttpResponse.json(body, { status })));
    const error = await patchbay.app.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, code: body.error.code, requestId: 'req_1' });
    if (error instanceof ValidationError) expect(error.details).toEqual([{ path: 'body/endUserId', message: 'is required' }]);
    if (error instanceof ProviderError) expect(error).toMatchObject({ executionId: 'exec_9', providerCode: 'channel_not_found' });
    if (error instanceof PermissionError) expect(error).toMatchObject({ missingScopes: ['chat:write'], repairLink: { url: 'https://patchbay.test/connect?session=cs_1' } });
  });
});

describe('retries', () => {
  it('retries a GET after 503 and 429 (honouring Retry-After), then succeeds', async () => {
    const answers = [HttpResponse.json(errorBody('api_error', 'x'), { status: 503 }), HttpResponse.json(errorBody('rate_limit_error', 'rate_limited'), { status: 429, headers: { 'retry-after': '0' } })];
    let calls = 0;
    server.use(http.get(`${base}/api/v1/app`, () => (calls++ < 2 ? answers[calls - 1] : HttpResponse.json({ appId: 'app_1', name: 'x', redirectUris: [], allowedOrigins: [], createdAt: '' }))));
    expect((await patchbay.app.get()).appId).toBe('app_1');
    expect(calls).toBe(3);
  });

  it('gives up after maxRetries with a RateLimitError carrying retryAfter', async () => {
    let calls = 0;
    server.use(http.get(`${base}/api/v1/app`, () => (calls++, HttpResponse.json(errorBody('rate_limit_error', 'rate_limited'), { status: 429, headers: { 'retry-after': '0' } }))));
    const error = await patchbay.app.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(calls).toBe(3);
  });

  it('does not retry a POST without an Idempotency-Key; does retry action calls (they carry one)', async () => {
    let sessionCalls = 0;
    const actionKeys: (string | null)[] = [];
    server.use(
      http.post(`${base}/api/v1/connect/sessions`, () => (sessionCalls++, HttpResponse.json(errorBody('api_error', 'x'), { status: 502 }))),
      http.post(`${base}/api/v1/integrations/slack/actions/send_message`, ({ request }) => {
        actionKeys.push(request.headers.get('idempotency-key'));
        return actionKeys.length < 2 ? HttpResponse.json(errorBody('api_error', 'x'), { status: 500 }) : HttpResponse.json({ success: true, executionId: 'exec_1', data: {}, duration: 1 });
      }),
    );
    await patchbay.connectSessions.create({ endUserId: 'u' }).catch(() => {});
    expect(sessionCalls).toBe(1);
    await patchbay.actions.run('slack', 'send_message', { endUserId: 'u', input: { channel: 'c', text: 't' } });
    expect(actionKeys).toHaveLength(2);
    expect(actionKeys[0]).toBe(actionKeys[1]);
  });

  it('a network failure becomes a ConnectionError naming the URL it tried', async () => {
    // What undici throws when nothing listens: the reason is in `cause`.
    const refused = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4999'), { code: 'ECONNREFUSED' }) }));
    const baseUrl = 'http://127.0.0.1:4999';
    const offline = new Patchbay({ apiKey: 'k', baseUrl, maxRetries: 0, timeout: 2000, fetch: refused });
    const error = await offline.app.get().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).url).toBe(`${baseUrl}/api/v1/app`);
    expect((error as ConnectionError).message).toBe(
      `Could not reach Patchbay at ${baseUrl} (GET ${baseUrl}/api/v1/app): fetch failed: connect ECONNREFUSED 127.0.0.1:4999. Is baseUrl (or PATCHBAY_BASE_URL) right, and is Patchbay running?`,
    );
  });

  it('an apiKey is required', () => {
    expect(() => new Patchbay({ apiKey: '' })).toThrow(/apiKey/);
  });
});
