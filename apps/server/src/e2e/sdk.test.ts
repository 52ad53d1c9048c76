import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '@patchbay/emulator';
import { createExampleApp } from '@patchbay/example-node-backend';
import { NotFoundError, Patchbay, ProviderError, ValidationError, type WebhookEvent } from '@patchbay/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow } from '../../test/browser.js';
import { signUp } from '../../test/http.js';
import { startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';

// The SDK and the example backend against the real server, the worker and the emulator.
let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100', WEBHOOK_RETRY_SCHEDULE: '0.2' } }));
});
afterAll(() => close());

describe('@patchbay/node against a real Patchbay', () => {
  it('connects, runs a typed action, pages the log and maps errors', async () => {
    const app = await signUp(server.url);
    const patchbay = new Patchbay({ apiKey: app.apiKey, baseUrl: server.url });

    const { authorizationUrl } = await patchbay.connections.authorize({ endUserId: 'sdk-user', integrationSlug: 'slack', redirectUri: 'https://company-x.com/done' });
    const back = new URL((await follow(authorizationUrl, {}, (url) => url.origin === 'https://company-x.com')).url);
    expect(back.searchParams.get('status')).toBe('active');

    const { data } = await patchbay.actions.run('slack', 'send_message', { endUserId: 'sdk-user', input: { channel: '#general', text: 'from the SDK' } });
    expect(data).toMatchObject({ ok: true, channel: 'C0EMU0GEN' });

    const failure = await patchbay.actions.run('slack', 'send_message', { endUserId: 'sdk-user', input: { channel: '#nope', text: 'x' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ status: 422, providerCode: 'channel_not_found', executionId: expect.stringMatching(/^exec_/) });

    const invalid = await patchbay.actions.run('slack', 'send_message', { endUserId: 'sdk-user', input: { channel: '#general', text: '' } }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).details[0]?.path).toBe('body/input/text');
    await expect(patchbay.connections.get('conn_doesnotexist')).rejects.toBeInstanceOf(NotFoundError);

    for (let i = 0; i < 3; i += 1) await patchbay.actions.run('slack', 'list_channels', { endUserId: 'sdk-user', input: {} });
    const ids: string[] = [];
    for await (const execution of await patchbay.executions.list({ limit: 2 })) ids.push(execution.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);

    const [connection] = (await patchbay.connections.list({ endUserId: 'sdk-user' })).data;
    expect(connection).toMatchObject({ integration: 'slack', status: 'active' });
    const slack = await patchbay.integrations.get('slack');
    expect(slack.actions.find((action) => action.id === 'send_message')?.inputSchema).toMatchObject({ type: 'object', required: ['channel', 'text'] });
  });
});

describe('examples/node-backend', () => {
  let exampleServer: Server;
  let exampleUrl: string;
  const events: WebhookEvent[] = [];

  beforeAll(async () => {
    exampleServer = createServer();
    await new Promise<void>((resolve) => exampleServer.listen(0, '127.0.0.1', resolve));
    exampleUrl = `http://127.0.0.1:${(exampleServer.address() as AddressInfo).port}`;
    const app = await signUp(server.url, { webhookUrl: `${exampleUrl}/webhooks/patchbay` });
    exampleServer.on(
      'request',
      createExampleApp({ patchbay: new Patchbay({ apiKey: app.apiKey, baseUrl: server.url }), publicUrl: exampleUrl, webhookSecret: app.webhookSecret, onEvent: (event) => events.push(event) }),
    );
  });
  afterAll(() => new Promise<void>((resolve) => exampleServer.close(() => resolve())));

  it('runs the seed flow through the example routes and receives verified webhooks', async () => {
    const headers = { 'x-user-id': 'alice', 'content-type': 'application/json' };
    const notConnected = await fetch(`${exampleUrl}/notify`, { method: 'POST', headers, body: '{}' });
    expect(notConnected.status).toBe(409);

    const { authorizationUrl } = (await (await fetch(`${exampleUrl}/integrations/slack/connect`, { method: 'POST', headers })).json()) as { authorizationUrl: string };
    const done = await follow(authorizationUrl);
    expect(JSON.parse(done.body)).toMatchObject({ connected: true, connectionId: expect.stringMatching(/^conn_/) });

    const sent = await (await fetch(`${exampleUrl}/notify`, { method: 'POST', headers, body: JSON.stringify({ text: 'example says hi' }) })).json();
    expect(sent).toMatchObject({ sent: true, ts: expect.any(String) });
    expect(emulator.messages().map((message) => message.text)).toContain('example says hi');

    const failed = await fetch(`${exampleUrl}/notify`, { method: 'POST', headers, body: JSON.stringify({ channel: '#nope' }) });
    expect(await failed.json()).toEqual({ sent: false, reason: 'channel_not_found' });

    const activity = (await (await fetch(`${exampleUrl}/activity`, { headers })).json()) as { stats: { total: number } };
    expect(activity.stats.total).toBe(2);
    const session = (await (await fetch(`${exampleUrl}/connect-session`, { method: 'POST', headers })).json()) as { token: string };
    expect(session.token).toMatch(/^cs_/);

    await eventually(() => expect(events.map((event) => event.event).sort()).toEqual(['connection.created', 'execution.failed']));
    const badSignature = await fetch(`${exampleUrl}/webhooks/patchbay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(badSignature.status).toBe(400);
  });
});
