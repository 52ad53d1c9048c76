import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
let apiKey: string;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100' } }));
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'engine-user');
});
afterAll(() => close());

const send = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId: 'engine-user', ...body }, headers });
const messagesWith = (text: string) => emulator.messages().filter((message) => message.text === text);

describe('Idempotency-Key', () => {
  it('the same key and body replay the stored answer without running again', async () => {
    const first = await send({ input: { channel: 'general', text: 'once only' } }, { 'idempotency-key': 'key-1' });
    const second = await send({ input: { channel: 'general', text: 'once only' } }, { 'idempotency-key': 'key-1' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(messagesWith('once only')).toHaveLength(1);
  });

  it('the same key with another body is 409', async () => {
    await send({ input: { channel: 'general', text: 'original' } }, { 'idempotency-key': 'key-2' });
    const reused = await send({ input: { channel: 'general', text: 'different' } }, { 'idempotency-key': 'key-2' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    expect(messagesWith('different')).toHaveLength(0);
  });

  it('ten concurrent duplicates run once and all get the same answer', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => send({ input: { channel: 'general', text: 'concurrent once' } }, { 'idempotency-key': 'key-3' })));
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([200]));
    expect(new Set(responses.map((response) => response.body.executionId)).size).toBe(1);
    expect(messagesWith('concurrent once')).toHaveLength(1);
  });

  it('a recorded provider failure is replayed too', async () => {
    const first = await send({ input: { channel: 'nowhere', text: 'x' } }, { 'idempotency-key': 'key-4' });
    const second = await send({ input: { channel: 'nowhere', text: 'x' } }, { 'idempotency-key': 'key-4' });
    expect(first.status).toBe(422);
    expect(second.status).toBe(422);
    expect(second.body.error.executionId).toBe(first.body.error.executionId);
  });

  it('an over-long key is 400', async () => {
    const response = await send({ input: { channel: 'general', text: 'x' } }, { 'idempotency-key': 'k'.repeat(256) });
    expect(response.status).toBe(400);
  });
});

describe('async mode', () => {
  it('202 at once, run by the worker, result at GET /executions/{id}', async () => {
    const accepted = await send({ input: { channel: 'general', text: 'in the background' }, mode: 'async' });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ executionId: expect.stringMatching(/^exec_/), status: 'queued' });
    const done = await eventually(async () => {
      const execution = await request(`${server.url}/api/v1/executions/${accepted.body.executionId}`, { apiKey });
      expect(execution.body.status).toBe('success');
      return execution.body;
    });
    expect(done).toMatchObject({ action: 'send_message', input: { channel: 'general', text: 'in the background' }, output: { ok: true, channel: 'C0EMU0GEN' }, finishedAt: expect.any(String) });
    expect(done.attempts).toEqual([
      { number: 1, startedAt: expect.any(String), duration: expect.any(Number), waited: 0, providerStatus: 200, providerCode: null, error: null, delayBeforeNext: null },
    ]);
    expect(messagesWith('in the background')).toHaveLength(1);
  });

  it('Prefer: respond-async works the same, and a failure is recorded with its error', async () => {
    const accepted = await send({ input: { channel: 'nowhere', text: 'async failure' } }, { prefer: 'respond-async' });
    expect(accepted.status).toBe(202);
    const failed = await eventually(async () => {
      const execution = await request(`${server.url}/api/v1/executions/${accepted.body.executionId}`, { apiKey });
      expect(execution.body.status).toBe('failed');
      return execution.body;
    });
    expect(failed.error).toMatchObject({ code: 'channel_not_found', providerCode: 'channel_not_found' });
  });
});

describe('execution log', () => {
  it('GET /executions/{id} is app-scoped', async () => {
    const sent = await send({ input: { channel: 'general', text: 'mine' } });
    const other = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/executions/${sent.body.executionId}`, { apiKey: other.apiKey })).status).toBe(404);
    expect((await request(`${server.url}/api/v1/executions/exec_doesnotexist`, { apiKey })).status).toBe(404);
  });

  it('filters by action and time window', async () => {
    const before = new Date().toISOString();
    await send({ input: { channel: 'general', text: 'window' } });
    const inWindow = await request(`${server.url}/api/v1/executions?action=send_message&from=${encodeURIComponent(before)}`, { apiKey });
    expect(inWindow.body.executions.length).toBeGreaterThanOrEqual(1);
    const none = await request(`${server.url}/api/v1/executions?to=${encodeURIComponent(before)}&from=${encodeURIComponent(before)}`, { apiKey });
    expect(none.body.stats.total).toBe(0);
    expect((await request(`${server.url}/api/v1/executions?action=nope`, { apiKey })).body.stats.total).toBe(0);
    expect((await request(`${server.url}/api/v1/executions?from=yesterday`, { apiKey })).status).toBe(400);
  });

  it('secret-looking input fields are redacted and huge values cut in the log', async () => {
    const { saveExecution } = await import('../executions/store.js');
    const row = await server.database.db('executions').where({ status: 'success' }).first();
    await saveExecution(server.database.db, {
      id: 'exec_redactiontest',
      appId: row.app_id,
      endUserId: row.end_user_id,
      connectionId: row.connection_id,
      integrationSlug: 'slack',
      action: 'send_message',
      status: 'success',
      source: 'api',
      input: { channel: 'general', apiKey: 'sk_live_abc', nested: { password: 'hunter2' } },
      output: { big: 'x'.repeat(50_000) },
      attempts: [],
      durationMs: 1,
      startedAt: new Date(),
      finished: true,
    });
    const stored = await server.database.db('executions').where({ id: 'exec_redactiontest' }).first();
    expect(stored.input).toEqual({ channel: 'general', apiKey: '[redacted]', nested: { password: '[redacted]' } });
    expect(stored.output).toMatchObject({ truncated: true, size: expect.any(Number) });
    expect(JSON.stringify(stored.output).length).toBeLessThan(5000);
  });
});
