import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { authorize, demo, pkce, postForm, redirectUri, type Json } from './testHelpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const tokenRequest = async (body: Record<string, string>, headers: Record<string, string> = {}) =>
  (await (await postForm(emulator, '/slack/api/oauth.v2.access', body, headers)).json()) as Json;

async function connect(): Promise<Json> {
  const { verifier, challenge } = pkce();
  const back = await authorize(emulator, 'slack', 'approve', { code_challenge: challenge, code_challenge_method: 'S256', scope: 'chat:write,channels:read,users:read.email' });
  return tokenRequest({ ...demo, code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
}

async function call(method: string, token: string, body: Json = {}): Promise<Json> {
  const response = await fetch(`${emulator.url}/slack/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200); // Slack answers 200 even for errors
  return (await response.json()) as Json;
}

describe('Slack OAuth v2', () => {
  it('shows a consent page that carries the request through hidden fields', async () => {
    const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, scope: 'chat:write,channels:read', user_scope: 'search:read', state: 's' });
    const html = await (await fetch(`${emulator.url}/slack/oauth/v2/authorize?${query}`)).text();
    expect(html).toContain('Patchbay Demo</strong> wants to access the Emulator Slack workspace');
    expect(html).toContain('<code>chat:write</code>');
    expect(html).toContain('<code>search:read</code>');
    expect(html).toContain('<form method="post" action="/slack/oauth/v2/authorize/decision">');
    expect(html).toContain('<input type="hidden" name="user_scope" value="search:read">');
    expect(html).toContain('<button type="submit" name="decision" value="approve">Approve</button>');
    expect(html).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    expect(emulator.stats().authorizeRequests).toBe(1);
  });

  it('approve → code → tokens with PKCE → chat.postMessage, recorded in messages()', async () => {
    const tokens = await connect();
    expect(tokens).toEqual({
      ok: true,
      access_token: expect.stringMatching(/^xoxe\.xoxb-/),
      token_type: 'bot',
      scope: 'chat:write,channels:read,users:read.email',
      bot_user_id: 'U0EMUBOT',
      app_id: 'A0EMU',
      team: { id: 'T0EMU', name: 'Emulator Workspace' },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'U0EMUUSER' },
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^xoxe-1-/),
    });
    const first = await call('chat.postMessage', tokens.access_token, { channel: '#general', text: 'hi' });
    expect(first).toEqual({
      ok: true,
      channel: 'C0EMU0GEN',
      ts: expect.stringMatching(/^\d{10}\.\d{6}$/),
      message: { type: 'message', text: 'hi', user: 'U0EMUBOT', ts: first.ts, bot_id: 'B0EMU' },
    });
    const reply = await call('chat.postMessage', tokens.access_token, { channel: 'C0EMU0RND', text: 'in thread', thread_ts: first.ts });
    expect(Number(reply.ts)).toBeGreaterThan(Number(first.ts));
    expect(emulator.messages()).toEqual([
      { channel: 'C0EMU0GEN', text: 'hi', ts: first.ts, user: 'U0EMUBOT' },
      { channel: 'C0EMU0RND', text: 'in thread', ts: reply.ts, threadTs: first.ts, user: 'U0EMUBOT' },
    ]);
    expect(emulator.stats()).toEqual({ authorizeRequests: 1, tokenRequests: 1, refreshRequests: 0, apiRequests: 2, rateLimited: 0 });
  });

  it('deny redirects back with access_denied and the state', async () => {
    const back = await authorize(emulator, 'slack', 'deny');
    expect(back.origin + back.pathname).toBe(redirectUri);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
    expect(back.searchParams.has('code')).toBe(false);
  });

  it('autoApprove redirects with a code at once', async () => {
    const auto = await startEmulator({ autoApprove: true });
    try {
      const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, scope: 'chat:write', state: 'xyz' });
      const response = await fetch(`${auto.url}/slack/oauth/v2/authorize?${query}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      const back = new URL(response.headers.get('location')!);
      expect(back.searchParams.get('code')).toMatch(/.{20,}/);
      expect(back.searchParams.get('state')).toBe('xyz');
    } finally {
      await auto.close();
    }
  });

  it('refuses an unknown client and a missing redirect_uri with an HTML error page', async () => {
    const unknown = await fetch(`${emulator.url}/slack/oauth/v2/authorize?client_id=someone&redirect_uri=${encodeURIComponent(redirectUri)}`, { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toContain('text/html');
    expect(await unknown.text()).toContain('Unknown client_id');
    const noRedirect = await fetch(`${emulator.url}/slack/oauth/v2/authorize?client_id=patchbay-demo`, { redirect: 'manual' });
    expect(noRedirect.status).toBe(400);
  });

  it('refuses plain PKCE', async () => {
    const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, state: 's', code_challenge: 'abc', code_challenge_method: 'plain' });
    const response = await fetch(`${emulator.url}/slack/oauth/v2/authorize?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('a wrong verifier, secret, client, redirect_uri or grant_type is refused', async () => {
    const { verifier, challenge } = pkce();
    const back = await authorize(emulator, 'slack', 'approve', { code_challenge: challenge, code_challenge_method: 'S256' });
    const code = back.searchParams.get('code')!;
    expect(await tokenRequest({ ...demo, code, redirect_uri: redirectUri, code_verifier: pkce().verifier })).toEqual({ ok: false, error: 'invalid_code' });
    expect(await tokenRequest({ ...demo, code, redirect_uri: redirectUri })).toEqual({ ok: false, error: 'invalid_code' });
    expect(await tokenRequest({ ...demo, client_secret: 'nope', code })).toEqual({ ok: false, error: 'bad_client_secret' });
    expect(await tokenRequest({ client_id: 'stranger', client_secret: 'x', code })).toEqual({ ok: false, error: 'invalid_client_id' });
    expect(await tokenRequest({ ...demo, code, redirect_uri: 'http://127.0.0.1:9/other', code_verifier: verifier })).toEqual({ ok: false, error: 'bad_redirect_uri' });
    expect(await tokenRequest({ ...demo, grant_type: 'password', code })).toEqual({ ok: false, error: 'invalid_grant_type' });
    // None of those consumed the code; HTTP Basic client authentication works too.
    const basic = `Basic ${Buffer.from('patchbay-demo:patchbay-demo-secret').toString('base64')}`;
    expect(await tokenRequest({ code, redirect_uri: redirectUri, code_verifier: verifier }, { authorization: basic })).toMatchObject({ ok: true });
  });

  it('reusing a code answers code_already_used and revokes what the code issued', async () => {
    const { verifier, challenge } = pkce();
    const back = await authorize(emulator, 'slack', 'approve', { code_challenge: challenge, code_challenge_method: 'S256' });
    const exchange = { ...demo, code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier };
    const first = await tokenRequest(exchange);
    expect(first.ok).toBe(true);
    expect(await call('auth.test', first.access_token)).toMatchObject({ ok: true });
    expect(await tokenRequest(exchange)).toEqual({ ok: false, error: 'code_already_used' });
    expect(await call('auth.test', first.access_token)).toEqual({ ok: false, error: 'token_revoked' });
    expect(await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: first.refresh_token })).toEqual({ ok: false, error: 'invalid_refresh_token' });
  });

  it('refresh rotates the refresh token; reusing the old one revokes the whole grant', async () => {
    const tokens = await connect();
    const refreshed = await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed).toMatchObject({ ok: true, access_token: expect.stringMatching(/^xoxe\.xoxb-/), refresh_token: expect.stringMatching(/^xoxe-1-/), expires_in: 3600 });
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(await call('auth.test', refreshed.access_token)).toMatchObject({ ok: true });

    expect(await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).toEqual({ ok: false, error: 'invalid_refresh_token' });
    expect(await call('chat.postMessage', refreshed.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'token_revoked' });
    expect(await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: refreshed.refresh_token })).toEqual({ ok: false, error: 'invalid_refresh_token' });
    expect(emulator.stats()).toMatchObject({ tokenRequests: 4, refreshRequests: 3 });
  });

  it('expireAccessTokens makes calls answer token_expired until a refresh', async () => {
    const tokens = await connect();
    emulator.expireAccessTokens();
    expect(await call('chat.postMessage', tokens.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'token_expired' });
    const refreshed = await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(await call('chat.postMessage', refreshed.access_token, { channel: 'general', text: 'x' })).toMatchObject({ ok: true });
  });

  it('honours accessTokenTtlSeconds', async () => {
    const shortLived = await startEmulator({ accessTokenTtlSeconds: 0, autoApprove: true });
    try {
      const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri });
      const location = (await fetch(`${shortLived.url}/slack/oauth/v2/authorize?${query}`, { redirect: 'manual' })).headers.get('location')!;
      const code = new URL(location).searchParams.get('code')!;
      const tokens = (await (await postForm(shortLived, '/slack/api/oauth.v2.access', { ...demo, code, redirect_uri: redirectUri })).json()) as Json;
      expect(tokens.expires_in).toBe(0);
      const test = await fetch(`${shortLived.url}/slack/api/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${tokens.access_token}` } });
      expect(await test.json()).toEqual({ ok: false, error: 'token_expired' });
    } finally {
      await shortLived.close();
    }
  });
});

describe('Slack Web API', () => {
  it('token errors: not_authed, invalid_auth, token_revoked after auth.revoke', async () => {
    const tokens = await connect();
    const anonymous = await fetch(`${emulator.url}/slack/api/auth.test`, { method: 'POST' });
    expect(await anonymous.json()).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('auth.test', 'xoxb-made-up')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await call('auth.revoke', tokens.access_token)).toEqual({ ok: true, revoked: true });
    expect(await call('auth.test', tokens.access_token)).toEqual({ ok: false, error: 'token_revoked' });
  });

  it('accepts the token as a form field, as Slack does', async () => {
    const tokens = await connect();
    const response = await postForm(emulator, '/slack/api/chat.postMessage', { token: tokens.access_token, channel: 'random', text: 'form' });
    expect(await response.json()).toMatchObject({ ok: true, channel: 'C0EMU0RND' });
  });

  it('chat.postMessage argument errors', async () => {
    const { access_token: token } = await connect();
    expect(await call('chat.postMessage', token, { channel: '#nope', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postMessage', token, { text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postMessage', token, { channel: 'general' })).toEqual({ ok: false, error: 'no_text' });
    expect(await call('chat.postMessage', token, { channel: 'general', text: 'x'.repeat(40_001) })).toEqual({ ok: false, error: 'msg_too_long' });
    expect(await call('chat.postMessage', token, { channel: 'general', text: 'x'.repeat(40_000) })).toMatchObject({ ok: true });
    expect(emulator.messages()).toHaveLength(1);
  });

  it('conversations.list, users.lookupByEmail and auth.test', async () => {
    const { access_token: token } = await connect();
    const list = await fetch(`${emulator.url}/slack/api/conversations.list`, { headers: { authorization: `Bearer ${token}` } });
    expect(await list.json()).toEqual({
      ok: true,
      channels: [
        { id: 'C0EMU0GEN', name: 'general', is_channel: true, is_private: false, is_member: true },
        { id: 'C0EMU0RND', name: 'random', is_channel: true, is_private: false, is_member: true },
      ],
      response_metadata: { next_cursor: '' },
    });
    const found = await fetch(`${emulator.url}/slack/api/users.lookupByEmail?email=user%40emulator.local`, { headers: { authorization: `Bearer ${token}` } });
    expect(await found.json()).toMatchObject({ ok: true, user: { id: 'U0EMUUSER', profile: { email: 'user@emulator.local' } } });
    expect(await call('users.lookupByEmail', token, { email: 'nobody@example.com' })).toEqual({ ok: false, error: 'users_not_found' });
    expect(await call('auth.test', token)).toMatchObject({ ok: true, team_id: 'T0EMU', user_id: 'U0EMUBOT', bot_id: 'B0EMU', url: expect.any(String), team: expect.any(String), user: expect.any(String) });
  });

  it('failNext answers the next calls with the canned response, then recovers', async () => {
    const { access_token: token } = await connect();
    emulator.failNext('/slack/api/chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }, 2);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const limited = await fetch(`${emulator.url}/slack/api/chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(await limited.json()).toEqual({ ok: false, error: 'ratelimited' });
    }
    expect(await call('chat.postMessage', token, { channel: 'general', text: 'after' })).toMatchObject({ ok: true });
    expect(emulator.messages().map((message) => message.text)).toEqual(['after']);
  });

  it('an unknown method is unknown_method', async () => {
    const response = await fetch(`${emulator.url}/slack/api/chat.nope`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: 'unknown_method' });
  });
});

describe('scopes and rate limits', () => {
  it('every answer lists the token scopes; a method whose scope was taken away answers missing_scope', async () => {
    const tokens = await connect();
    const test = await fetch(`${emulator.url}/slack/api/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(test.headers.get('x-oauth-scopes')).toBe('chat:write,channels:read,users:read.email');
    emulator.shrinkScopes(tokens.access_token, ['channels:read']);
    expect(await call('chat.postMessage', tokens.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'missing_scope', needed: 'chat:write', provided: 'channels:read' });
    expect(await call('auth.test', tokens.access_token)).toMatchObject({ ok: true });
    // A refresh issues no more than the grant now holds.
    const refreshed = await tokenRequest({ ...demo, grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.scope).toBe('channels:read');
    expect(emulator.messages()).toEqual([]);
  });

  it('setRateLimit: X-RateLimit-* on every answer, 429 with Retry-After past the limit, per grant', async () => {
    const [first, second] = [await connect(), await connect()];
    emulator.setRateLimit(3);
    // Inside one wall-clock second, so all four calls share a window.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await fetch(`${emulator.url}/slack/api/auth.test`, { method: 'POST', headers: { authorization: `Bearer ${first.access_token}` } }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBe('3');
    expect(Number(answers[0]!.headers.get('x-ratelimit-reset'))).toBe(Math.floor(Date.now() / 1000) + 1);
    expect(answers[3]!.headers.get('retry-after')).toBe('1');
    expect(await answers[3]!.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect(await call('auth.test', second.access_token)).toMatchObject({ ok: true });
    expect(emulator.stats().rateLimited).toBe(1);
    emulator.setRateLimit(undefined);
    expect(await call('auth.test', first.access_token)).toMatchObject({ ok: true });
  });
});
