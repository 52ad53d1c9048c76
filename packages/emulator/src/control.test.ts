import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { redirectUri, type Json } from './testHelpers.js';

// The control endpoints are the Emulator interface for tests running in another process.
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ autoApprove: true });
});
afterAll(() => emulator.close());

const control = async (method: 'GET' | 'POST', path: string, body?: Json) => {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Json };
};

async function slackToken(): Promise<string> {
  const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, scope: 'chat:write,channels:read' });
  const location = (await fetch(`${emulator.url}/slack/oauth/v2/authorize?${query}`, { redirect: 'manual' })).headers.get('location')!;
  const body = new URLSearchParams({ client_id: 'patchbay-demo', client_secret: 'patchbay-demo-secret', code: new URL(location).searchParams.get('code')!, redirect_uri: redirectUri });
  return ((await (await fetch(`${emulator.url}/slack/api/oauth.v2.access`, { method: 'POST', body })).json()) as Json).access_token;
}

const post = (token: string, text: string) =>
  fetch(`${emulator.url}/slack/api/chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'general', text }),
  });

describe('control endpoints', () => {
  it('health, messages, stats, expire-tokens, fail-next, reset', async () => {
    expect(await control('GET', 'health')).toEqual({ status: 200, body: { ok: true } });
    const token = await slackToken();
    await post(token, 'one');
    expect((await control('GET', 'messages')).body).toEqual({ messages: [expect.objectContaining({ channel: 'C0EMU0GEN', text: 'one', user: 'U0EMUBOT' })] });
    expect((await control('GET', 'stats')).body).toEqual({ authorizeRequests: 1, tokenRequests: 1, refreshRequests: 0, apiRequests: 1, rateLimited: 0 });

    expect((await control('POST', 'fail-next', { path: '/slack/api/chat.postMessage', status: 503, body: { ok: false, error: 'down' }, times: 2 })).status).toBe(200);
    expect((await post(token, 'x')).status).toBe(503);
    expect(await (await post(token, 'x')).json()).toEqual({ ok: false, error: 'down' });
    expect((await post(token, 'two')).status).toBe(200);

    expect((await control('POST', 'expire-tokens')).status).toBe(200);
    expect(await (await post(token, 'x')).json()).toEqual({ ok: false, error: 'token_expired' });

    expect((await control('POST', 'reset')).status).toBe(200);
    expect((await control('GET', 'messages')).body).toEqual({ messages: [] });
    expect((await control('GET', 'stats')).body).toEqual({ authorizeRequests: 0, tokenRequests: 0, refreshRequests: 0, apiRequests: 0, rateLimited: 0 });
    expect(await (await post(token, 'x')).json()).toEqual({ ok: false, error: 'invalid_auth' });
  });

  it('revoke-grant revokes the token grant', async () => {
    const token = await slackToken();
    expect((await control('POST', 'revoke-grant', { token })).status).toBe(200);
    expect(await (await post(token, 'x')).json()).toEqual({ ok: false, error: 'token_revoked' });
  });

  it('shrink-scopes and rate-limit', async () => {
    const token = await slackToken();
    expect((await control('POST', 'shrink-scopes', { token, scopes: ['channels:read'] })).status).toBe(200);
    expect(await (await post(token, 'x')).json()).toMatchObject({ ok: false, error: 'missing_scope', needed: 'chat:write' });
    expect((await control('POST', 'rate-limit', { requestsPerSecond: 5 })).status).toBe(200);
    expect((await post(token, 'x')).headers.get('x-ratelimit-limit')).toBe('5');
    expect((await control('POST', 'rate-limit', { requestsPerSecond: null })).status).toBe(200);
    expect((await post(token, 'x')).headers.get('x-ratelimit-limit')).toBeNull();
    expect((await control('POST', 'rate-limit', { requestsPerSecond: 0 })).status).toBe(400);
    expect((await control('POST', 'shrink-scopes', { token, scopes: 'chat:write' })).status).toBe(400);
  });

  it('refuses a malformed fail-next, and unknown control routes', async () => {
    expect(await control('POST', 'fail-next', { path: '/x', status: 42 })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await control('POST', 'fail-next', { path: 'x', status: 500 })).toMatchObject({ status: 400 });
    expect(await control('POST', 'fail-next', { path: '/x', status: 500, headers: { a: 1 } })).toMatchObject({ status: 400 });
    expect(await control('POST', 'fail-next', { path: '/x', status: 500, times: 0 })).toMatchObject({ status: 400 });
    expect(() => emulator.failNext('/x', { status: 1000 })).toThrow(TypeError);
    expect((await control('GET', 'nothing-here')).status).toBe(404);
    expect((await control('GET', 'reset')).status).toBe(404);
  });
});
