import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { recordEvent } from './outbox.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(
    { WEBHOOK_RETRY_SCHEDULE: '0.2,0.2', WORKER_POLL_INTERVAL_MS: '100', WEBHOOK_TIMEOUT_MS: '500' },
    { worker: true },
  );
});
afterAll(() => server.close());

const api = (path: string, apiKey: string, options: { method?: string; body?: unknown } = {}, baseUrl = server.url) =>
  request(`${baseUrl}/api/v1${path}`, { apiKey, ...options });

async function appWithReceiver(receiverOptions: Parameters<typeof startWebhookReceiver>[0] = {}) {
  const receiver = await startWebhookReceiver(receiverOptions);
  const app = await signUp(server.url, { webhookUrl: receiver.url });
  receiver.setSecret(app.webhookSecret);
  return { app, receiver };
}

async function deliveries(apiKey: string, eventId: string) {
  return (await api(`/events/${eventId}/deliveries`, apiKey)).body.deliveries;
}

describe('webhook endpoints API', () => {
  it('sign-up creates the first endpoint; endpoints can be added, read, changed and deleted', async () => {
    const app = await signUp(server.url, { webhookUrl: 'https://company-x.com/webhooks' });
    const list = await api('/webhook-endpoints', app.apiKey);
    expect(list.body.endpoints).toEqual([expect.objectContaining({ url: 'https://company-x.com/webhooks', events: [], enabled: true, disabledReason: null })]);

    const created = await api('/webhook-endpoints', app.apiKey, { body: { url: 'https://company-x.com/other', events: ['execution.failed'] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.stringMatching(/^we_/), secret: expect.stringMatching(/^whsec_/), events: ['execution.failed'] });
    const id = created.body.id;

    expect((await api(`/webhook-endpoints/${id}/secret`, app.apiKey)).body).toEqual({ secret: created.body.secret, previousSecretExpiresAt: null });
    const patched = await api(`/webhook-endpoints/${id}`, app.apiKey, { method: 'PATCH', body: { enabled: false, events: [] } });
    expect(patched.body).toMatchObject({ enabled: false, events: [] });
    expect((await api(`/webhook-endpoints/${id}`, app.apiKey, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/webhook-endpoints/${id}`, app.apiKey)).status).toBe(404);
  });

  it.each([
    [{ url: 'ftp://company-x.com/x' }, 'body/url'],
    [{ url: 'https://company-x.com', events: ['nope'] }, 'body/events/0'],
    [{ url: 'https://company-x.com', extra: 1 }, 'body/extra'],
    [{}, 'body/url'],
  ])('%j is 400', async (body, path) => {
    const app = await signUp(server.url);
    const response = await api('/webhook-endpoints', app.apiKey, { body });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
    expect((await api('/webhook-endpoints', app.apiKey)).body.endpoints).toEqual([]);
  });

  it('another app cannot see or touch an endpoint', async () => {
    const owner = await signUp(server.url);
    const other = await signUp(server.url);
    const { body } = await api('/webhook-endpoints', owner.apiKey, { body: { url: 'https://company-x.com/h' } });
    for (const [method, path] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['GET', '/secret'], ['POST', '/rotate-secret'], ['POST', '/test']] as const) {
      const response = await api(`/webhook-endpoints/${body.id}${path}`, other.apiKey, { method, ...(method === 'PATCH' ? { body: { enabled: false } } : {}) });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(errorBody('not_found_error', 'not_found'));
    }
    expect((await api(`/webhook-endpoints/${body.id}`, owner.apiKey)).body.enabled).toBe(true);
  });
});

describe('delivery', () => {
  it('signs the Standard Webhooks way with the sign-up secret, webhook-id = event id', async () => {
    const { app, receiver } = await appWithReceiver();
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    const test = await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    expect(test.status).toBe(202);
    await eventually(() => expect(receiver.received).toHaveLength(1));
    const [hit] = receiver.received;
    expect(hit!.verified).toBe(true);
    expect(hit!.headers['webhook-id']).toBe(test.body.id);
    expect(JSON.parse(hit!.body)).toMatchObject({ event: 'webhook.test', data: { endpointId: endpoint.id } });
    await eventually(async () => expect((await api(`/events?type=webhook.test`, app.apiKey)).body.events[0].status).toBe('delivered'));
    await receiver.close();
  });

  it('a test event is pending until a worker fans it out and delivers it', async () => {
    const idle = await startTestServer();
    try {
      const app = await signUp(idle.url, { webhookUrl: 'http://127.0.0.1:9/hooks' });
      const [endpoint] = (await api('/webhook-endpoints', app.apiKey, {}, idle.url)).body.endpoints;
      const test = await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' }, idle.url);
      expect(test).toMatchObject({ status: 202, body: { status: 'pending' } });
      expect((await api('/events?status=pending', app.apiKey, {}, idle.url)).body.events.map((event: { id: string }) => event.id)).toEqual([test.body.id]);
      expect((await api('/events?status=delivered', app.apiKey, {}, idle.url)).body.events).toEqual([]);
    } finally {
      await idle.close();
    }
  });

  it('an event no endpoint wants is skipped: nothing is sent', async () => {
    const { app, receiver } = await appWithReceiver();
    // execution.succeeded is opt-in: the sign-up endpoint does not ask for it.
    const unwanted = await server.services.db.transaction((trx) =>
      recordEvent(trx, app.appId, 'execution.succeeded', { executionId: 'exec_x', endUserId: 'u', integration: 'slack', action: 'send_message', duration: 5 }),
    );
    await eventually(async () => expect((await api('/events?status=skipped', app.apiKey)).body.events.map((event: { id: string }) => event.id)).toEqual([unwanted]));
    expect((await api('/events?status=pending', app.apiKey)).body.events).toEqual([]);
    expect((await api('/events?status=delivered', app.apiKey)).body.events).toEqual([]);
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });

  it('a test event to a switched-off endpoint fails without an attempt', async () => {
    const { app, receiver } = await appWithReceiver();
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    await api(`/webhook-endpoints/${endpoint.id}`, app.apiKey, { method: 'PATCH', body: { enabled: false } });
    const test = await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await eventually(async () => expect((await api('/events?status=failed', app.apiKey)).body.events.map((event: { id: string }) => event.id)).toEqual([test.body.id]));
    expect(await deliveries(app.apiKey, test.body.id)).toEqual([]);
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });

  it('retries a failing receiver with the same webhook-id until it succeeds, logging every attempt', async () => {
    const { app, receiver } = await appWithReceiver({ failFirst: 2 });
    const eventId = await server.services.db.transaction((trx) =>
      recordEvent(trx, app.appId, 'execution.failed', { executionId: 'exec_x', endUserId: 'u', integration: 'slack', action: 'send_message', error: { code: 'channel_not_found', message: 'Slack: channel_not_found' } }),
    );
    await eventually(() => expect(receiver.received).toHaveLength(3));
    expect(new Set(receiver.received.map((hit) => hit.headers['webhook-id']))).toEqual(new Set([eventId]));
    expect(receiver.received.every((hit) => hit.verified)).toBe(true);
    const log = await eventually(async () => {
      const rows = await deliveries(app.apiKey, eventId);
      expect(rows).toHaveLength(3);
      return rows;
    });
    expect(log.map((row: { status: string; responseStatus: number }) => [row.status, row.responseStatus])).toEqual([['failed', 500], ['failed', 500], ['succeeded', 204]]);
    expect(log[0]).toMatchObject({ attempt: 1, responseBody: 'receiver is down', nextAttemptAt: expect.any(String) });
    await receiver.close();
  });

  it('gives up after the schedule, then a manual resend delivers', async () => {
    const { app, receiver } = await appWithReceiver({ failFirst: 3 });
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    const { body: event } = await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await eventually(async () => expect((await api('/events?status=failed', app.apiKey)).body.events.map((e: { id: string }) => e.id)).toEqual([event.id]));
    expect(receiver.received).toHaveLength(3);
    const updated = (await api(`/webhook-endpoints/${endpoint.id}`, app.apiKey)).body;
    expect(updated.enabled).toBe(true);

    const resend = await api(`/events/${event.id}/resend`, app.apiKey, { method: 'POST' });
    expect(resend.body).toEqual({ queued: 1 });
    await eventually(async () => expect((await api('/events?status=delivered', app.apiKey)).body.events).toHaveLength(1));
    expect((await deliveries(app.apiKey, event.id)).map((row: { attempt: number }) => row.attempt)).toEqual([1, 2, 3, 4]);
    await receiver.close();
  });

  it('resend-failed re-queues every failed delivery since a time', async () => {
    const { app, receiver } = await appWithReceiver({ failFirst: 6 });
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    const since = new Date(Date.now() - 1000).toISOString();
    await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await eventually(async () => expect((await api('/events?status=failed', app.apiKey)).body.events).toHaveLength(2));
    const response = await api('/events/resend-failed', app.apiKey, { body: { since } });
    expect(response).toMatchObject({ status: 202, body: { queued: 2 } });
    await eventually(async () => expect((await api('/events?status=delivered', app.apiKey)).body.events).toHaveLength(2));
    await receiver.close();
  });

  it('a receiver that does not answer in time is a failed attempt with a timeout error', async () => {
    const { app, receiver } = await appWithReceiver({ hangMs: 3000 });
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    const { body: event } = await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    const [first] = await eventually(async () => {
      const rows = await deliveries(app.apiKey, event.id);
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    expect(first).toMatchObject({ status: 'failed', responseStatus: null, error: expect.stringContaining('timed out') });
    await receiver.close();
  });

  it('after a rotation both secrets sign, so receivers on either verify', async () => {
    const { app, receiver } = await appWithReceiver();
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    const rotated = await api(`/webhook-endpoints/${endpoint.id}/rotate-secret`, app.apiKey, { method: 'POST' });
    expect(rotated.body).toEqual({ secret: expect.stringMatching(/^whsec_/), previousSecretExpiresAt: expect.any(String) });
    expect(rotated.body.secret).not.toBe(app.webhookSecret);

    await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await eventually(() => expect(receiver.received).toHaveLength(1));
    expect(receiver.received[0]!.verified).toBe(true); // with the old secret
    expect(String(receiver.received[0]!.headers['webhook-signature']).split(' ')).toHaveLength(2);

    receiver.setSecret(rotated.body.secret);
    await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    await eventually(() => expect(receiver.received).toHaveLength(2));
    expect(receiver.received[1]!.verified).toBe(true); // with the new one
    await receiver.close();
  });

  it('event filters decide which endpoints get an event; execution.succeeded is opt-in', async () => {
    const app = await signUp(server.url);
    const receivers = await Promise.all([startWebhookReceiver(), startWebhookReceiver(), startWebhookReceiver()]);
    const [all, onlyCreated, optIn] = receivers;
    await api('/webhook-endpoints', app.apiKey, { body: { url: all!.url } });
    await api('/webhook-endpoints', app.apiKey, { body: { url: onlyCreated!.url, events: ['connection.created'] } });
    await api('/webhook-endpoints', app.apiKey, { body: { url: optIn!.url, events: ['execution.succeeded'] } });
    await server.services.db.transaction(async (trx) => {
      await recordEvent(trx, app.appId, 'execution.failed', { executionId: 'exec_1', endUserId: 'u', integration: 'slack', action: 'send_message', error: { code: 'x', message: 'x' } });
      await recordEvent(trx, app.appId, 'execution.succeeded', { executionId: 'exec_2', endUserId: 'u', integration: 'slack', action: 'send_message', duration: 5 });
    });
    await eventually(() => {
      expect(all!.received.map((hit) => JSON.parse(hit.body).event)).toEqual(['execution.failed']);
      expect(optIn!.received.map((hit) => JSON.parse(hit.body).event)).toEqual(['execution.succeeded']);
    });
    expect(onlyCreated!.received).toHaveLength(0);
    await Promise.all(receivers.map((receiver) => receiver.close()));
  });

  it('an endpoint that has failed everything for 5 days is disabled, visibly', async () => {
    const { app, receiver } = await appWithReceiver({ failFirst: 100 });
    const [endpoint] = (await api('/webhook-endpoints', app.apiKey)).body.endpoints;
    await server.services.db('webhook_endpoints').where({ app_id: app.appId, id: endpoint.id }).update({ failing_since: new Date(Date.now() - 6 * 86_400_000) });
    await api(`/webhook-endpoints/${endpoint.id}/test`, app.apiKey, { method: 'POST' });
    const disabled = await eventually(async () => {
      const current = (await api(`/webhook-endpoints/${endpoint.id}`, app.apiKey)).body;
      expect(current.enabled).toBe(false);
      return current;
    });
    expect(disabled.disabledReason).toContain('Every delivery failed since');
    const reenabled = await api(`/webhook-endpoints/${endpoint.id}`, app.apiKey, { method: 'PATCH', body: { enabled: true } });
    expect(reenabled.body).toMatchObject({ enabled: true, disabledReason: null });
    await receiver.close();
  });

  it('a rolled-back change sends nothing', async () => {
    const { app, receiver } = await appWithReceiver();
    await server.services.db
      .transaction(async (trx) => {
        await recordEvent(trx, app.appId, 'execution.failed', { executionId: 'exec_3', endUserId: 'u', integration: 'slack', action: 'a', error: { code: 'x', message: 'x' } });
        throw new Error('rolled back');
      })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.received).toHaveLength(0);
    expect((await api('/events', app.apiKey)).body.events).toEqual([]);
    await receiver.close();
  });
});

describe('SSRF guard (ALLOW_PRIVATE_WEBHOOK_URLS=false)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ ALLOW_PRIVATE_WEBHOOK_URLS: 'false', WEBHOOK_RETRY_SCHEDULE: '0', WORKER_POLL_INTERVAL_MS: '100' }, { worker: true });
  });
  afterAll(() => strict.close());

  it.each(['http://127.0.0.1:8080/h', 'http://localhost/h', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/h', 'http://[::1]/h', 'http://192.168.1.1/h'])(
    '%s is refused when saved',
    async (url) => {
      const app = await signUp(strict.url);
      const response = await request(`${strict.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url } });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(errorBody('invalid_request_error', 'webhook_url_not_allowed'));
    },
  );

  it('a name that resolves to a private address is refused at send time', async () => {
    const receiver = await startWebhookReceiver();
    const app = await signUp(strict.url);
    const port = new URL(receiver.url).port;
    const created = await request(`${strict.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url: 'https://hooks.company-x.com/h' } });
    const endpointId = created.body.id;
    // As if its DNS now pointed at us: the name resolves to loopback only when sending.
    await strict.services.db('webhook_endpoints').where({ id: endpointId }).update({ url: `http://localhost:${port}/hooks` });
    const { body: event } = await request(`${strict.url}/api/v1/webhook-endpoints/${endpointId}/test`, { apiKey: app.apiKey, method: 'POST' });
    const [attempt] = await eventually(async () => {
      const rows = (await request(`${strict.url}/api/v1/events/${event.id}/deliveries`, { apiKey: app.apiKey })).body.deliveries;
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    expect(attempt).toMatchObject({ status: 'failed', error: expect.stringContaining('private address') });
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });
});
