import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const redirectUri = 'http://127.0.0.1:9/callback';
const client = { client_id: 'patchbay-demo', client_secret: 'patchbay-demo-secret' };

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
    redirect: 'manual',
  });
  return response;
}

/** Authorize page → Approve (or Deny) → the redirect back, like a browser. */
async function authorize(provider: string, decision: 'approve' | 'deny', challenge?: string) {
  const base = provider === 'slack' ? '/slack/oauth/v2/authorize' : `/${provider}/oauth/authorize`;
  const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, scope: 'chat:write', state: 'st-1', response_type: 'code' });
  if (challenge) {
    query.set('code_challenge', challenge);
    query.set('code_challenge_method', 'S256');
  }
  const page = await fetch(`${emulator.url}${base}?${query}`);
  const html = await page.text();
  expect(html).toContain('Approve');
  const fields = Object.fromEntries([...html.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll('&amp;', '&')]));
  const back = await post(`${base}/decision`, { ...fields, decision });
  expect(back.status).toBe(302);
  return new URL(back.headers.get('location')!);
}

async function slackToken(body: Record<string, string>) {
  return (await (await post('/slack/api/oauth.v2.access', { ...client, ...body })).json()) as Record<string, any>;
}

async function connectSlack() {
  const { verifier, challenge } = pkce();
  const back = await authorize('slack', 'approve', challenge);
  return slackToken({ code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
}

const postMessage = (token: string, body: Record<string, string>) =>
  fetch(`${emulator.url}/slack/api/chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json() as Promise<Record<string, any>>);

describe('Slack OAuth v2', () => {
  it('approve → code → tokens with PKCE → chat.postMessage is recorded', async () => {
    const tokens = await connectSlack();
    expect(tokens).toMatchObject({ ok: true, token_type: 'bot', access_token: expect.stringMatching(/^xoxe\.xoxb-/), refresh_token: expect.any(String), expires_in: 3600, team: { id: 'T0EMU' } });
    const sent = await postMessage(tokens.access_token, { channel: '#general', text: 'hi' });
    expect(sent).toMatchObject({ ok: true, channel: 'C0EMU0GEN', ts: expect.stringMatching(/^\d+\.\d{6}$/) });
    expect(emulator.messages()).toEqual([expect.objectContaining({ channel: 'C0EMU0GEN', text: 'hi', ts: sent.ts })]);
  });

  it('deny returns access_denied with the state', async () => {
    const back = await authorize('slack', 'deny');
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ error: 'access_denied', state: 'st-1' });
  });

  it('a wrong PKCE verifier, a wrong secret and a reused code are refused', async () => {
    const { challenge } = pkce();
    const back = await authorize('slack', 'approve', challenge);
    const code = back.searchParams.get('code')!;
    expect(await slackToken({ code, redirect_uri: redirectUri, code_verifier: pkce().verifier })).toEqual({ ok: false, error: 'invalid_code' });
    expect((await (await post('/slack/api/oauth.v2.access', { client_id: 'patchbay-demo', client_secret: 'nope', code })).json())).toEqual({ ok: false, error: 'bad_client_secret' });

    const { verifier, challenge: c2 } = pkce();
    const again = await authorize('slack', 'approve', c2);
    const body = { code: again.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier };
    const first = await slackToken(body);
    expect(first.ok).toBe(true);
    expect(await slackToken(body)).toEqual({ ok: false, error: 'invalid_code' });
    // Reusing the code revoked what it had issued.
    expect(await postMessage(first.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'token_revoked' });
  });

  it('refresh rotates; reusing the old refresh token revokes the whole grant', async () => {
    const tokens = await connectSlack();
    const refreshed = await slackToken({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.ok).toBe(true);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(await slackToken({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).toEqual({ ok: false, error: 'invalid_refresh_token' });
    expect(await postMessage(refreshed.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'token_revoked' });
    expect(emulator.stats().refreshRequests).toBe(2);
  });

  it('Web API errors: expired token, unknown channel, no text, no token', async () => {
    const tokens = await connectSlack();
    expect(await postMessage(tokens.access_token, { channel: '#nope', text: 'x' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await postMessage(tokens.access_token, { channel: 'general' })).toEqual({ ok: false, error: 'no_text' });
    expect(await postMessage('', { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'not_authed' });
    emulator.expireAccessTokens();
    expect(await postMessage(tokens.access_token, { channel: 'general', text: 'x' })).toEqual({ ok: false, error: 'token_expired' });
  });

  it('failNext answers the next call with the canned response, then recovers', async () => {
    const tokens = await connectSlack();
    emulator.failNext('/slack/api/chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const limited = await fetch(`${emulator.url}/slack/api/chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await postMessage(tokens.access_token, { channel: 'general', text: 'x' })).ok).toBe(true);
  });
});

describe('generic RFC 6749 provider', () => {
  it('issues Bearer tokens, serves /api/me, and answers errors as RFC 6749 JSON', async () => {
    const back = await authorize('notion', 'approve');
    const code = back.searchParams.get('code')!;
    const basic = `Basic ${Buffer.from('patchbay-demo:patchbay-demo-secret').toString('base64')}`;
    const tokens = await (await post('/notion/oauth/token', { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, { authorization: basic })).json();
    expect(tokens).toMatchObject({ token_type: 'Bearer', access_token: expect.stringMatching(/^emu_notion_/), refresh_token: expect.any(String) });
    const me = await fetch(`${emulator.url}/notion/api/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await me.json()).toMatchObject({ id: 'user_emu_1', provider: 'notion' });

    const reused = await post('/notion/oauth/token', { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, { authorization: basic });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
    const badClient = await post('/notion/oauth/token', { grant_type: 'authorization_code', code, client_id: 'x', client_secret: 'y' });
    expect(badClient.status).toBe(401);
    expect(await badClient.json()).toMatchObject({ error: 'invalid_client' });
    const unsupported = await post('/notion/oauth/token', { ...client, grant_type: 'password' });
    expect(await unsupported.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('an unknown client gets an error page, not a redirect', async () => {
    const response = await fetch(`${emulator.url}/notion/oauth/authorize?client_id=evil&redirect_uri=${encodeURIComponent(redirectUri)}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Unknown client_id');
  });

  it('escapes what it echoes into HTML', async () => {
    const response = await fetch(`${emulator.url}/notion/oauth/authorize?client_id=patchbay-demo&redirect_uri=${encodeURIComponent(redirectUri)}&scope=${encodeURIComponent('<script>x</script>')}`);
    const html = await response.text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('malformed JSON is a 400, not a crash', async () => {
    const response = await fetch(`${emulator.url}/slack/api/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(response.status).toBe(400);
    expect((await fetch(`${emulator.url}/_emulator/health`)).status).toBe(200);
  });
});
