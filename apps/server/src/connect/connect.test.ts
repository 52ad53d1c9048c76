import type { Emulator } from '@patchbay/emulator';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { follow } from '../../test/browser.js';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

const frontend = 'https://app.company-x.com';
const goodAirtableKey = 'patGOODKEY.0123456789';
// msw intercepts fetch, not the undici client providers are called with: here they are called with fetch.
vi.mock('../actions/providerTransport.js', () => ({ sendProviderRequest: (url: URL, init: RequestInit) => fetch(url, init) }));

// Airtable stands in through msw: https://airtable.com/developers/web/api/get-user-id-scopes
const provider = setupServer(
  http.get('https://api.airtable.com/v0/meta/whoami', ({ request: incoming }) =>
    incoming.headers.get('authorization') === `Bearer ${goodAirtableKey}`
      ? HttpResponse.json({ id: 'usrEXAMPLE', scopes: ['data.records:read'] })
      : HttpResponse.json({ error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } }, { status: 401 }),
  ),
);

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  provider.listen({ onUnhandledFrame: 'bypass' });
  ({ server, emulator, close } = await startServerWithEmulatedSlack({
    clients: [
      { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' },
      { clientId: 'company-x-own-client', clientSecret: 'company-x-own-secret' },
    ],
  }));
});
afterAll(async () => {
  provider.close();
  await close();
});

const api = (path: string, options: { apiKey?: string; token?: string; method?: string; body?: unknown; origin?: string } = {}) =>
  request(`${server.url}/api/v1${path}`, {
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    ...(options.method ? { method: options.method } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.origin ? { origin: options.origin } : {}) },
  });

async function appWithOrigin() {
  const app = await signUp(server.url);
  await api('/app', { apiKey: app.apiKey, method: 'PATCH', body: { allowedOrigins: [frontend], redirectUris: ['https://company-x.com/done'] } });
  return app;
}

async function session(apiKey: string, endUserId: string, extra: Record<string, unknown> = {}) {
  const response = await api('/connect/sessions', { apiKey, body: { endUserId, ...extra } });
  expect(response.status).toBe(201);
  return response.body.token as string;
}

describe('connect sessions', () => {
  it('popup flow: the callback page posts the result to the allowed origin only', async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'popup-user', { metadata: { email: 'p@example.com' } });
    expect(token).toMatch(/^cs_/);

    const catalog = await api('/connect/integrations', { token, origin: frontend });
    expect(catalog.status).toBe(200);
    expect(catalog.headers.get('access-control-allow-origin')).toBe(frontend);
    expect(catalog.body.endUserId).toBe('popup-user');
    expect(catalog.body.integrations.find((i: { slug: string }) => i.slug === 'slack').connection).toBeNull();
    const airtable = catalog.body.integrations.find((i: { slug: string }) => i.slug === 'airtable');
    expect(airtable.credentialFields).toEqual([expect.objectContaining({ name: 'apiKey', secret: true })]);

    const started = await api('/connect/integrations/slack/authorize', { token, origin: frontend, method: 'POST' });
    expect(started.status).toBe(200);
    const page = await follow(started.body.authorizationUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`postMessage(result, "${frontend}")`);
    const result = JSON.parse(/const result = (.*);/.exec(page.body)![1]!);
    expect(result).toMatchObject({ type: 'patchbay:connection', status: 'success', connectionId: expect.stringMatching(/^conn_/) });

    const after = await api('/connect/integrations', { token, origin: frontend });
    expect(after.body.integrations.find((i: { slug: string }) => i.slug === 'slack').connection).toEqual({ id: result.connectionId, status: 'active' });
    const mine = await api('/connect/connections', { token });
    expect(mine.body.connections.map((c: { id: string }) => c.id)).toEqual([result.connectionId]);
  });

  it('a page on an origin the app does not allow is refused with a readable 403 that says what to configure', async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'u');
    for (const [path, method] of [['/connect/integrations/slack/authorize', 'POST'], ['/connect/integrations', 'GET'], ['/connect/connections', 'GET']] as const) {
      const response = await api(path, { token, origin: 'https://evil.example', method });
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ type: 'permission_error', code: 'origin_not_allowed' });
      expect(response.body.error.message).toContain('Add "https://evil.example" to the app\'s allowedOrigins');
      expect(response.body.error.message).toContain('"allowedOrigins": ["https://evil.example"]');
      // The page may read why, and learns nothing of the app (not even its allowed origins).
      expect(response.headers.get('access-control-allow-origin')).toBe('https://evil.example');
      expect(JSON.stringify(response.body)).not.toContain(frontend);
    }
    // Without a browser (no Origin) the session works; popup mode then has nowhere to post to.
    expect((await api('/connect/integrations', { token })).status).toBe(200);
    const popupWithoutOrigin = await api('/connect/integrations/slack/authorize', { token, method: 'POST' });
    expect(popupWithoutOrigin.status).toBe(400);
    expect(popupWithoutOrigin.body.error.message).toContain('pass redirectUri');
  });

  it('outside production, an app with no allowed origins lets local dev servers in, and only them', async () => {
    const app = await signUp(server.url);
    const token = await session(app.apiKey, 'dev-user');
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3001']) {
      const response = await api('/connect/integrations/slack/authorize', { token, origin, method: 'POST' });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of ['https://localhost:5173', 'http://localhost.evil.example:80', 'https://app.company-x.com']) {
      expect((await api('/connect/integrations', { token, origin })).status).toBe(403);
    }
    // Once the app names its origins, only those.
    await api('/app', { apiKey: app.apiKey, method: 'PATCH', body: { allowedOrigins: [frontend] } });
    const refused = await api('/connect/integrations', { token, origin: 'http://localhost:5173' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('only while neither list names any origin');
    expect((await api('/connect/integrations', { token, origin: frontend })).status).toBe(200);
  });

  it("a session's own allowedOrigins add to the app's, for that session only", async () => {
    const app = await appWithOrigin();
    const preview = 'https://preview-42.company-x.com';
    const token = await session(app.apiKey, 'preview-user', { allowedOrigins: ['https://Preview-42.company-x.com:443'] });
    const other = await session(app.apiKey, 'preview-user');
    expect((await api('/connect/integrations', { token, origin: preview })).headers.get('access-control-allow-origin')).toBe(preview);
    expect((await api('/connect/integrations/slack/authorize', { token, origin: preview, method: 'POST' })).status).toBe(200);
    expect((await api('/connect/integrations', { token, origin: frontend })).status).toBe(200);
    expect((await api('/connect/integrations', { token: other, origin: preview })).status).toBe(403);
  });

  it('refuses a malformed allowedOrigins and creates nothing', async () => {
    const app = await signUp(server.url);
    for (const allowedOrigins of [['app.company-x.com'], ['https://app.company-x.com/path'], ['https://user@app.company-x.com'], ['https://exa mple.com'], 'https://a.com']) {
      const response = await api('/connect/sessions', { apiKey: app.apiKey, body: { endUserId: 'never-created', allowedOrigins } });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
    }
    expect((await api('/end-users/never-created', { apiKey: app.apiKey })).status).toBe(404);
  });

  it("the hosted page's own origin may use any session", async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'hosted-user');
    const response = await api('/connect/integrations', { token, origin: server.url });
    expect(response.status).toBe(200);
  });

  it('redirect mode only to an allowlisted redirectUri (exact match)', async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'redirect-user');
    for (const redirectUri of ['https://company-x.com/done/', 'https://company-x.com/other', 'https://evil.example/done']) {
      const refused = await api('/connect/integrations/slack/authorize', { token, method: 'POST', body: { redirectUri } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('redirect_uri_not_allowed');
    }
    const started = await api('/connect/integrations/slack/authorize', { token, method: 'POST', body: { redirectUri: 'https://company-x.com/done' } });
    const done = await follow(started.body.authorizationUrl, {}, (url) => url.origin === 'https://company-x.com');
    expect(new URL(done.url).searchParams.get('status')).toBe('active');
    // The API-key flow obeys the same allowlist.
    const viaApi = await api('/connections/authorize', { apiKey: app.apiKey, body: { endUserId: 'x', integrationSlug: 'slack', redirectUri: 'https://evil.example/cb' } });
    expect(viaApi.body.error.code).toBe('redirect_uri_not_allowed');
  });

  it('a session token reaches nothing of another end user or app, and no API-key endpoint', async () => {
    const app = await appWithOrigin();
    const other = await appWithOrigin();
    const victimConnection = await connectSlack(server, app.apiKey, 'victim');
    const otherAppConnection = await connectSlack(server, other.apiKey, 'someone');
    const token = await session(app.apiKey, 'attacker');

    for (const id of [victimConnection, otherAppConnection]) {
      expect((await api(`/connect/connections/${id}`, { token, method: 'DELETE' })).status).toBe(404);
    }
    expect((await api('/connect/connections', { token })).body.connections).toEqual([]);
    for (const path of ['/integrations', '/executions', '/connections', `/connections/${victimConnection}`, '/end-users', '/app', '/webhook-endpoints']) {
      const response = await api(path, { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(errorBody('authentication_error', 'unauthorized'));
    }
    // And the API key does not open session endpoints either.
    expect((await api('/connect/integrations', { apiKey: app.apiKey })).status).toBe(401);
    expect((await api(`/connections/${victimConnection}`, { apiKey: app.apiKey })).body.status).toBe('active');
  });

  it('an expired session is 401; allowedIntegrations limits what it may connect', async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'limited', { allowedIntegrations: ['slack'] });
    const listed = await api('/connect/integrations', { token });
    expect(listed.body.integrations.map((i: { slug: string }) => i.slug)).toEqual(['slack']);
    const refused = await api('/connect/integrations/github/authorize', { token, origin: frontend, method: 'POST' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('integration_not_allowed');

    await server.database.db('connect_sessions').where({ app_id: app.appId }).update({ expires_at: new Date(Date.now() - 1000) });
    const expired = await api('/connect/integrations', { token, origin: frontend });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('access-control-allow-origin')).toBe(frontend);
  });

  it('API-key integrations: checked with one provider call; a rejected key stores nothing', async () => {
    const app = await appWithOrigin();
    const token = await session(app.apiKey, 'airtable-user');
    const bad = await api('/connect/integrations/airtable/credentials', { token, method: 'POST', body: { credentials: { apiKey: 'patWRONG' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ type: 'provider_error', code: 'invalid_credentials' });
    expect(await server.database.db('connections').where({ app_id: app.appId })).toHaveLength(0);

    const good = await api('/connect/integrations/airtable/credentials', { token, method: 'POST', body: { credentials: { apiKey: goodAirtableKey } } });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ integration: 'airtable', authType: 'api_key', status: 'active', endUserId: 'airtable-user' });

    const wrongShape = await api('/connections', { apiKey: app.apiKey, body: { endUserId: 'x', integrationSlug: 'airtable', credentials: { username: 'a', password: 'b' } } });
    expect(wrongShape.status).toBe(400);
    expect(await server.database.db('end_users').where({ app_id: app.appId, external_id: 'x' })).toHaveLength(0);
    const serverSide = await api('/connections', { apiKey: app.apiKey, body: { endUserId: 'backend-user', integrationSlug: 'airtable', credentials: { apiKey: goodAirtableKey } } });
    expect(serverSide.status).toBe(201);
  });
});

describe('white-label OAuth client', () => {
  it("the app's own client id is used for consent and for the code exchange", async () => {
    const app = await appWithOrigin();
    const set = await api('/integrations/slack/oauth-client', { apiKey: app.apiKey, method: 'PUT', body: { clientId: 'company-x-own-client', clientSecret: 'company-x-own-secret', scopes: ['chat:write'] } });
    expect(set.body).toEqual({ integration: 'slack', clientId: 'company-x-own-client', scopes: ['chat:write'] });
    const started = await api('/connections/authorize', { apiKey: app.apiKey, body: { endUserId: 'wl', integrationSlug: 'slack', redirectUri: 'https://company-x.com/done' } });
    const url = new URL(started.body.authorizationUrl);
    expect(url.searchParams.get('client_id')).toBe('company-x-own-client');
    expect(url.searchParams.get('scope')).toBe('chat:write');
    const done = await follow(started.body.authorizationUrl, {}, (next) => next.origin === 'https://company-x.com');
    expect(new URL(done.url).searchParams.get('status')).toBe('active');

    expect((await api('/integrations/slack/oauth-client', { apiKey: app.apiKey, method: 'DELETE' })).status).toBe(204);
    const back = await api('/connections/authorize', { apiKey: app.apiKey, body: { endUserId: 'wl', integrationSlug: 'slack', redirectUri: 'https://company-x.com/done' } });
    expect(new URL(back.body.authorizationUrl).searchParams.get('client_id')).toBe('patchbay-demo');
  });
});

describe('managing connections and end users', () => {
  it('lists, reads and deletes connections (revoked at the provider, connection.deleted sent)', async () => {
    const app = await appWithOrigin();
    const first = await connectSlack(server, app.apiKey, 'alice');
    const second = await connectSlack(server, app.apiKey, 'bob');
    const all = await api('/connections?limit=1', { apiKey: app.apiKey });
    expect(all.body.connections.map((c: { id: string }) => c.id)).toEqual([second]);
    const next = await api(`/connections?limit=1&cursor=${all.body.nextCursor}`, { apiKey: app.apiKey });
    expect(next.body.connections.map((c: { id: string }) => c.id)).toEqual([first]);
    expect((await api('/connections?endUserId=alice', { apiKey: app.apiKey })).body.connections).toHaveLength(1);
    expect((await api(`/connections/${first}`, { apiKey: app.apiKey })).body).toMatchObject({ id: first, endUserId: 'alice', integration: 'slack', status: 'active', authType: 'oauth2' });

    const sendAs = (endUserId: string) =>
      api('/integrations/slack/actions/send_message', { apiKey: app.apiKey, body: { endUserId, input: { channel: 'general', text: 'x' } } });
    expect((await sendAs('alice')).status).toBe(200);
    const before = emulator.stats().apiRequests;
    expect((await api(`/connections/${first}`, { apiKey: app.apiKey, method: 'DELETE' })).status).toBe(204);
    expect(emulator.stats().apiRequests).toBe(before + 1); // auth.revoke
    expect((await api(`/connections/${first}`, { apiKey: app.apiKey })).status).toBe(404);
    expect((await sendAs('alice')).status).toBe(404);
    const deleted = await server.database.db('webhook_events').where({ app_id: app.appId, type: 'connection.deleted' }).first();
    expect(deleted.payload.data).toEqual({ connectionId: first, endUserId: 'alice', integration: 'slack' });
    // Execution history stays.
    expect((await api('/executions', { apiKey: app.apiKey })).body.stats.total).toBe(1);

    const endUsers = await api('/end-users', { apiKey: app.apiKey });
    expect(endUsers.body.endUsers.map((u: { id: string }) => u.id).sort()).toEqual(['alice', 'bob']);
    expect((await api('/end-users/bob', { apiKey: app.apiKey })).body.connections).toEqual([{ id: second, integration: 'slack', status: 'active', health: 'healthy' }]);
    expect((await api('/end-users/bob', { apiKey: app.apiKey, method: 'DELETE' })).status).toBe(204);
    expect((await api('/end-users/bob', { apiKey: app.apiKey })).status).toBe(404);
    expect((await api(`/connections/${second}`, { apiKey: app.apiKey })).status).toBe(404);
  });

  it('another app gets 404 for every id of this one', async () => {
    const app = await appWithOrigin();
    const other = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'private-user');
    expect((await api(`/connections/${connectionId}`, { apiKey: other.apiKey })).status).toBe(404);
    expect((await api(`/connections/${connectionId}`, { apiKey: other.apiKey, method: 'DELETE' })).status).toBe(404);
    expect((await api('/end-users/private-user', { apiKey: other.apiKey })).status).toBe(404);
    expect((await api('/end-users/private-user', { apiKey: other.apiKey, method: 'DELETE' })).status).toBe(404);
    expect((await api(`/connections/${connectionId}`, { apiKey: app.apiKey })).status).toBe(200);
  });
});
