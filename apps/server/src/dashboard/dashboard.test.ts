import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { randomToken } from '../ids.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function account() {
  const email = `owner-${randomToken(8)}@company-x.com`;
  const signUp = await request(`${server.url}/api/v1/apps`, { body: { accountEmail: email, accountPassword: 'secure-password', accountName: 'Company X', appName: 'First app' } });
  return { email, app: signUp.body.app as { appId: string; apiKey: string } };
}

async function signIn(email: string, password = 'secure-password') {
  const response = await request(`${server.url}/api/v1/dashboard/sign-in`, { body: { email, password } });
  const cookie = response.headers.get('set-cookie') ?? '';
  return { response, cookie, session: cookie.split(';')[0]!, csrf: response.body?.csrfToken as string };
}

const dashboard = (path: string, auth: { session: string; csrf?: string }, options: { method?: string; body?: unknown } = {}) =>
  request(`${server.url}/api/v1/dashboard${path}`, { ...options, headers: { cookie: auth.session, ...(auth.csrf ? { 'x-csrf-token': auth.csrf } : {}) } });

describe('dashboard sessions', () => {
  it('signs in with an httpOnly SameSite cookie and returns the account, its apps and a CSRF token', async () => {
    const { email, app } = await account();
    const { response, cookie } = await signIn(email.toUpperCase());
    expect(response.status).toBe(200);
    expect(cookie).toMatch(/^pb_session=[^;]+; Max-Age=604800; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect(response.body).toEqual({
      account: { id: expect.stringMatching(/^acct_/), email, name: 'Company X' },
      apps: [{ appId: app.appId, name: 'First app', plan: 'basic', createdAt: expect.any(String) }],
      csrfToken: expect.any(String),
    });
    // Only hashes are stored.
    const rows = await server.database.db('dashboard_sessions').select('*');
    expect(JSON.stringify(rows)).not.toContain(cookie.split(';')[0]!.split('=')[1]);
  });

  it('a wrong password and an unknown email answer the same 401', async () => {
    const { email } = await account();
    const wrong = await signIn(email, 'not-the-password');
    const unknown = await signIn('nobody@company-x.com');
    for (const { response, cookie } of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body.error.message).toBe('Wrong email or password.');
      expect(cookie).toBe('');
    }
  });

  it('state-changing calls need the CSRF token; signing out ends the session', async () => {
    const { email } = await account();
    const auth = await signIn(email);
    const noToken = await dashboard('/apps', { session: auth.session }, { body: { name: 'Second' } });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toEqual(errorBody('permission_error', 'csrf_failed'));
    const created = await dashboard('/apps', auth, { body: { name: 'Second' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Second', apiKey: expect.stringMatching(/^app_/), webhookSecret: expect.stringMatching(/^whsec_/) });
    expect((await dashboard('/account', auth)).body.apps.map((app: { name: string }) => app.name)).toEqual(['First app', 'Second']);

    expect((await dashboard('/sign-out', auth, { method: 'POST' })).status).toBe(204);
    expect((await dashboard('/account', auth)).status).toBe(401);
  });

  it('idle and expired sessions are refused', async () => {
    const { email } = await account();
    const idle = await signIn(email);
    await server.database.db('dashboard_sessions').update({ last_seen_at: new Date(Date.now() - 13 * 3600 * 1000) });
    expect((await dashboard('/account', idle)).status).toBe(401);
    const old = await signIn(email);
    await server.database.db('dashboard_sessions').update({ expires_at: new Date(Date.now() - 1000) });
    expect((await dashboard('/account', old)).status).toBe(401);
  });
});

describe("the app's API with the dashboard session", () => {
  it('works with X-Patchbay-App for an app of the account, needs CSRF for writes, and refuses other apps', async () => {
    const mine = await account();
    const theirs = await account();
    const auth = await signIn(mine.email);
    const call = (path: string, app: string, options: { method?: string; body?: unknown; csrf?: boolean } = {}) =>
      request(`${server.url}/api/v1${path}`, {
        ...(options.method ? { method: options.method } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        headers: { cookie: auth.session, 'x-patchbay-app': app, ...(options.csrf ? { 'x-csrf-token': auth.csrf } : {}) },
      });
    expect((await call('/executions', mine.app.appId)).status).toBe(200);
    expect((await call('/executions', theirs.app.appId)).status).toBe(401);
    expect((await call('/webhook-endpoints', mine.app.appId, { body: { url: 'https://company-x.com/h' } })).status).toBe(403);
    expect((await call('/webhook-endpoints', mine.app.appId, { body: { url: 'https://company-x.com/h' }, csrf: true })).status).toBe(201);
    expect((await request(`${server.url}/api/v1/executions`, { headers: { 'x-patchbay-app': mine.app.appId } })).status).toBe(401);
  });
});

describe('API keys from the dashboard', () => {
  it('creates a key shown once, lists keys without secrets, and a revoked key stops working at once', async () => {
    const { email, app } = await account();
    const auth = await signIn(email);
    const created = await dashboard(`/apps/${app.appId}/api-keys`, auth, { body: { name: 'CI' } });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: key })).status).toBe(200);

    const list = await dashboard(`/apps/${app.appId}/api-keys`, auth);
    expect(list.body.apiKeys.map((k: { name: string }) => k.name)).toEqual(['Default', 'CI']);
    expect(JSON.stringify(list.body)).not.toContain(key);
    expect(list.body.apiKeys[1].lastUsedAt).not.toBeNull();

    expect((await dashboard(`/apps/${app.appId}/api-keys/${created.body.id}`, auth, { method: 'DELETE' })).status).toBe(204);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: key })).status).toBe(401);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey })).status).toBe(200);
    expect((await dashboard(`/apps/${app.appId}/api-keys/${created.body.id}`, auth, { method: 'DELETE' })).status).toBe(404);
  });

  it("another account's app is not found", async () => {
    const mine = await account();
    const theirs = await account();
    const auth = await signIn(mine.email);
    expect((await dashboard(`/apps/${theirs.app.appId}/api-keys`, auth)).status).toBe(404);
    expect((await dashboard(`/apps/${theirs.app.appId}/api-keys`, auth, { body: { name: 'x' } })).status).toBe(404);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: theirs.app.apiKey })).status).toBe(200);
  });
});
