import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { authorize, demo, pkce, postForm, redirectUri, type Json } from './testHelpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.close());

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });
const demoBasic = basic(demo.client_id, demo.client_secret);

async function token(body: Record<string, string>, headers: Record<string, string> = demoBasic): Promise<{ status: number; body: Json; response: Response }> {
  const response = await postForm(emulator, '/notion/oauth/token', body, headers);
  return { status: response.status, body: (await response.json()) as Json, response };
}

async function connect(): Promise<Json> {
  const { verifier, challenge } = pkce();
  const back = await authorize(emulator, 'notion', 'approve', { code_challenge: challenge, code_challenge_method: 'S256' });
  const { status, body } = await token({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
  expect(status).toBe(200);
  return body;
}

const me = (accessToken: string, provider = 'notion') => fetch(`${emulator.url}/${provider}/api/me`, { headers: { authorization: `Bearer ${accessToken}` } });

describe('generic RFC 6749 provider', () => {
  it('consent page names the provider', async () => {
    const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, response_type: 'code', scope: 'read' });
    const html = await (await fetch(`${emulator.url}/google-sheets/oauth/authorize?${query}`)).text();
    expect(html).toContain('Patchbay Demo</strong> wants to access your Emulator Google Sheets account');
    expect(html).toContain('action="/google-sheets/oauth/authorize/decision"');
  });

  it('code + PKCE → Bearer tokens (client_secret_basic) → /api/me', async () => {
    const tokens = await connect();
    expect(tokens).toEqual({
      access_token: expect.stringMatching(/^emu_notion_/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^emu_notion_/),
      scope: 'chat:write channels:read',
    });
    const response = await me(tokens.access_token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'user_emu_1', name: 'Emulator User', email: 'user@emulator.local', provider: 'notion' });
    // Tokens are per provider.
    expect((await me(tokens.access_token, 'github')).status).toBe(401);
  });

  it('client_secret_post works, without PKCE as well', async () => {
    const back = await authorize(emulator, 'github', 'approve');
    const response = await postForm(emulator, '/github/oauth/token', { ...demo, grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ token_type: 'Bearer' });
  });

  it('deny redirects back with access_denied', async () => {
    const back = await authorize(emulator, 'notion', 'deny');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-1');
  });

  it('requires response_type=code', async () => {
    const query = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, response_type: 'token', state: 's' });
    const response = await fetch(`${emulator.url}/notion/oauth/authorize?${query}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('unsupported_response_type');
    expect(back.searchParams.get('state')).toBe('s');
  });

  it('token errors are RFC 6749 JSON', async () => {
    const { verifier, challenge } = pkce();
    const back = await authorize(emulator, 'notion', 'approve', { code_challenge: challenge, code_challenge_method: 'S256' });
    const code = back.searchParams.get('code')!;
    const exchange = { grant_type: 'authorization_code', code, redirect_uri: redirectUri };

    const wrongVerifier = await token({ ...exchange, code_verifier: pkce().verifier });
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.body).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
    expect((await token(exchange)).body.error).toBe('invalid_grant'); // no verifier at all

    const badSecret = await token({ ...exchange, code_verifier: verifier }, basic('patchbay-demo', 'wrong'));
    expect(badSecret.status).toBe(401);
    expect(badSecret.body).toMatchObject({ error: 'invalid_client' });
    expect(badSecret.response.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await token({ ...exchange, client_id: 'x', client_secret: 'y' }, {})).body.error).toBe('invalid_client');
    expect((await token({ ...exchange, client_secret: 'again' })).body.error).toBe('invalid_request'); // two auth methods

    expect(await token({ grant_type: 'password', username: 'u' })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(await token({ code })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await token({ grant_type: 'authorization_code' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await token({ ...exchange, redirect_uri: 'http://127.0.0.1:9/elsewhere', code_verifier: verifier })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await token({ ...exchange, code: 'made-up', code_verifier: verifier })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    // The failures above did not burn the code.
    expect((await token({ ...exchange, code_verifier: verifier })).status).toBe(200);
  });

  it('a verifier without a challenge is refused (PKCE downgrade)', async () => {
    const back = await authorize(emulator, 'notion', 'approve');
    const result = await token({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: pkce().verifier });
    expect(result).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('code reuse revokes the tokens it issued', async () => {
    const back = await authorize(emulator, 'notion', 'approve');
    const exchange = { grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri };
    const first = await token(exchange);
    expect((await me(first.body.access_token)).status).toBe(200);
    expect(await token(exchange)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const revoked = await me(first.body.access_token);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: 'invalid_token' });
  });

  it('refresh rotates; replaying the old refresh token revokes the grant', async () => {
    const tokens = await connect();
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(tokens.refresh_token);
    expect((await me(refreshed.body.access_token)).status).toBe(200);

    expect(await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await me(refreshed.body.access_token)).status).toBe(401);
    expect(await token({ grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await token({ grant_type: 'refresh_token' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(emulator.stats()).toMatchObject({ refreshRequests: 4 });
  });

  it('expireAccessTokens makes /api/me answer 401 with an invalid_token challenge', async () => {
    const tokens = await connect();
    emulator.expireAccessTokens();
    const response = await me(tokens.access_token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await fetch(`${emulator.url}/notion/api/me`)).status).toBe(401);
  });

  it('RFC 7009 revocation: authenticated, 200 for known and unknown tokens', async () => {
    const tokens = await connect();
    expect((await postForm(emulator, '/notion/oauth/revoke', { token: tokens.refresh_token }, basic('patchbay-demo', 'wrong'))).status).toBe(401);
    expect((await me(tokens.access_token)).status).toBe(200);
    expect((await postForm(emulator, '/notion/oauth/revoke', { token: 'unknown' }, demoBasic)).status).toBe(200);
    const revoked = await postForm(emulator, '/notion/oauth/revoke', { token: tokens.refresh_token, token_type_hint: 'refresh_token' }, demoBasic);
    expect(revoked.status).toBe(200);
    expect((await me(tokens.access_token)).status).toBe(401);
    expect((await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).body.error).toBe('invalid_grant');
  });

  it('revokeGrant() revokes from the test side', async () => {
    const tokens = await connect();
    emulator.revokeGrant(tokens.refresh_token);
    expect((await me(tokens.access_token)).status).toBe(401);
  });

  it('a wrong method on a known path is 405', async () => {
    const response = await fetch(`${emulator.url}/notion/oauth/token`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('identity calls (health checks in demo mode)', () => {
  async function providerToken(provider: string, scope = 'read'): Promise<string> {
    const back = await authorize(emulator, provider, 'approve', { scope });
    const response = await postForm(emulator, `/${provider}/oauth/token`, { ...demo, grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri });
    return ((await response.json()) as Json).access_token;
  }

  it.each([
    ['github', 'GET', '/api/user', { login: 'emulator-user' }],
    ['notion', 'GET', '/api/v1/users/me', { object: 'user', type: 'bot' }],
    ['asana', 'GET', '/api/users/me', { data: { resource_type: 'user' } }],
    ['hubspot', 'GET', '/api/account-info/v3/details', { portalId: 62515 }],
    ['linear', 'POST', '/api/graphql', { data: { viewer: { id: 'emu-viewer-1' } } }],
  ])('%s answers %s %s in its documented shape, and refuses a revoked token', async (provider, method, path, shape) => {
    const accessToken = await providerToken(provider, 'repo read:user');
    const call = (token: string) => fetch(`${emulator.url}/${provider}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    const answer = await call(accessToken);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject(shape);
    if (provider === 'github') expect(answer.headers.get('x-oauth-scopes')).toBe('repo, read:user');
    emulator.revokeGrant(accessToken);
    expect((await call(accessToken)).status).toBe(provider === 'linear' ? 400 : 401);
  });

  it('tokeninfo tells the scopes and lifetime of a live token, 400 invalid_token otherwise', async () => {
    const accessToken = await providerToken('google-sheets', 'https://www.googleapis.com/auth/spreadsheets');
    const info = await fetch(`${emulator.url}/google-sheets/oauth/tokeninfo?access_token=${accessToken}`);
    expect(await info.json()).toMatchObject({ aud: 'patchbay-demo', scope: 'https://www.googleapis.com/auth/spreadsheets', expires_in: expect.stringMatching(/^3[56]\d\d$/) });
    emulator.shrinkScopes(accessToken, []);
    expect(await (await fetch(`${emulator.url}/google-sheets/oauth/tokeninfo?access_token=${accessToken}`)).json()).toMatchObject({ scope: '' });
    emulator.revokeGrant(accessToken);
    const revoked = await fetch(`${emulator.url}/google-sheets/oauth/tokeninfo?access_token=${accessToken}`);
    expect(revoked.status).toBe(400);
    expect(await revoked.json()).toEqual({ error: 'invalid_token', error_description: 'Invalid Value' });
  });
});
