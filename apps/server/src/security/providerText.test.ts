import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';

// Text PostgreSQL cannot store (NUL, lone UTF-16 surrogates): a client's is refused before any
// provider call; a provider's or a webhook receiver's is stored with U+FFFD, so an action that
// reached the provider is always recorded (issue: `"text": "hi\u0000"` used to reach Slack, then
// fail to be recorded, and answer 500).

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
let app: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100' } }));
  app = await signUp(server.url);
  await connectSlack(server, app.apiKey, 'text-user');
});
afterAll(() => close());

const send = (input: unknown, headers: Record<string, string> = {}) =>
  request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'text-user', input }, headers });
const executions = async () => Number((await server.database.db('executions').where({ app_id: app.appId }).count({ n: '*' }).first())?.n);

describe('text a client sends', () => {
  it.each([
    ['a NUL character', 'hi\u0000', 'body/input/text', 'NUL'],
    ['a lone high surrogate', 'hi\uD800', 'body/input/text', 'surrogate'],
    ['a lone low surrogate', '\uDC00hi', 'body/input/text', 'surrogate'],
  ])('%s in action input is 400 before the provider is called', async (_, text, path, word) => {
    const before = await executions();
    const sentBefore = emulator.messages().length;
    const response = await send({ channel: 'general', text });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', details: [{ path, message: expect.stringContaining(word) }] });
    expect(emulator.messages()).toHaveLength(sentBefore);
    expect(await executions()).toBe(before);
  });

  it('a NUL in a key of the input is refused too', async () => {
    const response = await send({ channel: 'general', text: 'hi', 'ke\u0000y': 1 });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body/input/ke\u0000y');
  });

  it('a NUL inside tool arguments sent as a JSON string is refused before the provider is called', async () => {
    const sentBefore = emulator.messages().length;
    const before = await executions();
    const response = await request(`${server.url}/api/v1/tools/execute`, {
      apiKey: app.apiKey,
      body: { endUserId: 'text-user', name: 'slack_send_message', arguments: JSON.stringify({ channel: 'general', text: 'hi\u0000' }) },
    });
    expect(response.body).toMatchObject({ status: 'invalid_arguments', isError: true, details: [{ path: 'text', message: expect.stringContaining('NUL') }] });
    expect(emulator.messages()).toHaveLength(sentBefore);
    expect(await executions()).toBe(before);
  });

  it('a surrogate pair (an emoji) is ordinary text', async () => {
    const response = await send({ channel: 'general', text: 'ship it 🚀' });
    expect(response.status).toBe(200);
    expect(emulator.messages().at(-1)?.text).toBe('ship it 🚀');
  });
});

describe('text a provider answers', () => {
  it('an output holding NUL and lone surrogates is answered as sent and recorded with U+FFFD', async () => {
    emulator.failNext('/slack/api/chat.postMessage', { status: 200, body: { ok: true, channel: 'C\u0000NUL', ts: '1.2\uD800' } });
    const response = await send({ channel: 'general', text: 'odd answer' }, { 'idempotency-key': 'odd-answer-1' });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ channel: 'C\u0000NUL', ts: '1.2\uD800' });
    const stored = await request(`${server.url}/api/v1/executions/${response.body.executionId}`, { apiKey: app.apiKey });
    expect(stored.body).toMatchObject({ status: 'success', output: { channel: 'C\uFFFDNUL', ts: '1.2\uFFFD' } });
    // The stored answer of the idempotency key replays (as stored).
    const replay = await send({ channel: 'general', text: 'odd answer' }, { 'idempotency-key': 'odd-answer-1' });
    expect(replay.status).toBe(200);
    expect(replay.body.executionId).toBe(response.body.executionId);
  });

  it('an error holding NUL is recorded, with its execution.failed event', async () => {
    emulator.failNext('/slack/api/chat.postMessage', { status: 200, body: { ok: false, error: 'odd\u0000error' } });
    const response = await send({ channel: 'general', text: 'odd error' });
    expect(response.status).not.toBe(500);
    expect(response.body.error).toMatchObject({ type: 'provider_error', providerCode: 'odd\u0000error' });
    const { executionId } = response.body.error;
    const row = await server.database.db('executions').where({ app_id: app.appId, id: executionId }).first();
    expect(row).toMatchObject({ status: 'failed', provider_code: 'odd\uFFFDerror' });
    const event = await server.database.db('webhook_events').where({ app_id: app.appId, type: 'execution.failed' }).orderBy('created_at', 'desc').first();
    expect(JSON.stringify(event.payload)).toContain(executionId);
  });
});

describe('text a webhook receiver answers', () => {
  it('an answer holding NUL bytes is kept in the delivery log', async () => {
    const receiver = await startWebhookReceiver({ answerBody: 'ok\u0000\u0000done' });
    const endpoint = await request(`${server.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url: receiver.url } });
    const event = await request(`${server.url}/api/v1/webhook-endpoints/${endpoint.body.id}/test`, { apiKey: app.apiKey, method: 'POST' });
    const [attempt] = await eventually(async () => {
      const { body } = await request(`${server.url}/api/v1/events/${event.body.id}/deliveries`, { apiKey: app.apiKey });
      expect(body.deliveries.length).toBeGreaterThan(0);
      return body.deliveries;
    });
    expect(attempt).toMatchObject({ status: 'succeeded', responseBody: 'ok\uFFFD\uFFFDdone' });
    await receiver.close();
  });
});
