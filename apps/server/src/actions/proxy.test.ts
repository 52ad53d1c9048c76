import { request as httpRequest } from 'node:http';
import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
let apiKey: string;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack());
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'proxy-user');
});
afterAll(() => close());

const proxy = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${server.url}/api/v1/proxy/slack/${path}`, {
    method: init.method ?? 'GET',
    headers: { 'x-api-key': apiKey, 'x-end-user-id': 'proxy-user', ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });

describe('passthrough proxy', () => {
  it('GET with a query string reaches the provider with the user token; the answer streams back', async () => {
    const response = await proxy('conversations.list?limit=5');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body.channels.map((c: { name: string }) => c.name)).toEqual(['general', 'random']);
    const executionId = response.headers.get('x-patchbay-execution-id');
    const execution = await request(`${server.url}/api/v1/executions/${executionId}`, { apiKey });
    expect(execution.body).toMatchObject({ action: 'proxy', status: 'success', input: { method: 'GET', path: 'conversations.list', query: '?limit=5' } });
  });

  it('POST forwards the body and Content-Type', async () => {
    const response = await proxy('chat.postMessage', { method: 'POST', body: JSON.stringify({ channel: 'general', text: 'via proxy' }), headers: { 'content-type': 'application/json' } });
    expect((await response.json()).ok).toBe(true);
    expect(emulator.messages().map((message) => message.text)).toContain('via proxy');
  });

  it('a provider error status is passed through and recorded as failed', async () => {
    emulator.failNext('/slack/api/chat.postMessage', { status: 503, body: { ok: false, error: 'unavailable' } });
    const response = await proxy('chat.postMessage', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(503);
    const execution = await request(`${server.url}/api/v1/executions/${response.headers.get('x-patchbay-execution-id')}`, { apiKey });
    expect(execution.body).toMatchObject({ status: 'failed', error: { providerStatus: 503 } });
    expect(execution.body.attempts).toEqual([expect.objectContaining({ number: 1, providerStatus: 503, error: expect.objectContaining({ code: 'provider_error' }), delayBeforeNext: null })]);
  });

  it('a 401 from the provider queues the connection\'s health check', async () => {
    emulator.failNext('/slack/api/auth.test', { status: 401, body: { ok: false, error: 'invalid_auth' } });
    expect((await proxy('auth.test')).status).toBe(401);
    const jobs = await server.database.db.raw(
      "select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'check_connection_health'",
    );
    expect(jobs.rows).toEqual([{ payload: expect.objectContaining({ reason: 'unauthorized' }) }]);
  });

  it('needs an API key, an end user with a connection, and a known integration', async () => {
    expect((await proxy('auth.test', { headers: { 'x-api-key': 'nope' } })).status).toBe(401);
    expect((await proxy('auth.test', { headers: { 'x-end-user-id': 'stranger' } })).status).toBe(404);
    const noUser = await fetch(`${server.url}/api/v1/proxy/slack/auth.test`, { headers: { 'x-api-key': apiKey } });
    expect(noUser.status).toBe(400);
    expect((await fetch(`${server.url}/api/v1/proxy/nope/x`, { headers: { 'x-api-key': apiKey, 'x-end-user-id': 'proxy-user' } })).status).toBe(404);
    const other = await signUp(server.url);
    expect((await proxy('auth.test', { headers: { 'x-api-key': other.apiKey } })).status).toBe(404);
  });

  it('cannot be steered outside the provider API', async () => {
    const before = emulator.stats().apiRequests;
    // fetch would normalise the dots away; send the path as a hostile client would.
    const status = await new Promise<number>((resolve, reject) => {
      const raw = httpRequest(`${server.url}/api/v1/proxy/slack/x/../../../_emulator/reset`, { method: 'POST', headers: { 'x-api-key': apiKey, 'x-end-user-id': 'proxy-user' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      raw.on('error', reject);
      raw.end();
    });
    expect([400, 404]).toContain(status);
    expect(emulator.stats().apiRequests).toBe(before);
    expect(emulator.messages().length).toBeGreaterThan(0); // nothing was reset
  });
});
