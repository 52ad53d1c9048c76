import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    SLACK_CLIENT_ID: 'client-123',
    SLACK_CLIENT_SECRET: 'secret-456',
    SLACK_AUTHORIZATION_URL: 'https://slack.test/oauth/v2/authorize',
  });
});
afterAll(() => server.close());

const authorizeBody = {
  endUserId: 'user-123-from-company-x',
  integrationSlug: 'slack',
  redirectUri: 'https://company-x.com/integrations/callback',
  metadata: { email: 'john@example.com', name: 'John Doe' },
};

async function authorize(apiKey: string, body: unknown = authorizeBody) {
  return request(`${server.url}/api/v1/connections/authorize`, { apiKey, body });
}

describe('POST /api/v1/connections/authorize', () => {
  it('returns the provider URL with client id, callback, scopes, state and a PKCE S256 challenge', async () => {
    const app = await signUp(server.url);
    const response = await authorize(app.apiKey);
    expect(response.status).toBe(200);
    const url = new URL(response.body.authorizationUrl);
    expect(url.origin + url.pathname).toBe('https://slack.test/oauth/v2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-123',
      response_type: 'code',
      redirect_uri: `${server.url}/api/v1/connections/callback`,
      scope: 'chat:write,channels:read,users:read,users:read.email,reactions:write,channels:history,app_mentions:read,reactions:read',
      state: response.body.state,
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    expect(response.body.state.length).toBeGreaterThanOrEqual(32);

    const { db } = server.database;
    const endUser = await db('end_users').where({ app_id: app.appId }).first();
    expect(endUser).toMatchObject({ external_id: 'user-123-from-company-x', email: 'john@example.com', name: 'John Doe' });
    const state = await db('oauth_states').where({ app_id: app.appId }).first();
    expect(state).toMatchObject({ end_user_id: endUser.id, integration_slug: 'slack', redirect_uri: authorizeBody.redirectUri, consumed_at: null });
    // Stored hashed and sealed: neither the state nor the verifier is readable from the row.
    expect(JSON.stringify(state)).not.toContain(response.body.state);
    expect(state.expires_at.getTime() - Date.now()).toBeGreaterThan(9 * 60 * 1000);
    expect(state.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
  });

  it('a second authorize updates the end user instead of duplicating it', async () => {
    const app = await signUp(server.url);
    await authorize(app.apiKey);
    await authorize(app.apiKey, { ...authorizeBody, metadata: { email: 'new@example.com' } });
    const endUsers = await server.database.db('end_users').where({ app_id: app.appId });
    expect(endUsers).toHaveLength(1);
    expect(endUsers[0].email).toBe('new@example.com');
  });

  it.each([
    ['a missing endUserId', { ...authorizeBody, endUserId: undefined }, 400, 'invalid_request', 'body/endUserId'],
    ['an empty endUserId', { ...authorizeBody, endUserId: '' }, 400, 'invalid_request', 'body/endUserId'],
    ['a numeric endUserId', { ...authorizeBody, endUserId: 123 }, 400, 'invalid_request', 'body/endUserId'],
    ['a relative redirectUri', { ...authorizeBody, redirectUri: '/callback' }, 400, 'invalid_request', 'body/redirectUri'],
    ['a javascript: redirectUri', { ...authorizeBody, redirectUri: 'javascript:alert(1)' }, 400, 'invalid_request', 'body/redirectUri'],
    ['a bad metadata email', { ...authorizeBody, metadata: { email: 'nope' } }, 400, 'invalid_request', 'body/metadata/email'],
    ['an unknown integration', { ...authorizeBody, integrationSlug: 'slak' }, 404, 'not_found', undefined],
  ])('%s is rejected and writes nothing', async (_name, body, status, code, path) => {
    const app = await signUp(server.url);
    const response = await authorize(app.apiKey, body);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code });
    if (path) expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
    expect(await server.database.db('end_users').where({ app_id: app.appId })).toHaveLength(0);
    expect(await server.database.db('oauth_states').where({ app_id: app.appId })).toHaveLength(0);
  });

  it('an integration without an OAuth client says which variables to set', async () => {
    const bare = await startTestServer();
    try {
      const app = await signUp(bare.url);
      const response = await request(`${bare.url}/api/v1/connections/authorize`, { apiKey: app.apiKey, body: authorizeBody });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(errorBody('invalid_request_error', 'integration_not_configured'));
      expect(response.body.error.message).toContain('SLACK_CLIENT_ID');
    } finally {
      await bare.close();
    }
  });
});

describe('GET /api/v1/connections/callback before any token exchange', () => {
  it('a missing or unknown state is 400 invalid_state', async () => {
    for (const query of ['', '?code=abc', '?state=made-up&code=abc']) {
      const response = await request(`${server.url}/api/v1/connections/callback${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(errorBody('invalid_request_error', 'invalid_state'));
    }
  });

  it('a provider error goes back to redirectUri; the state cannot be used again', async () => {
    const app = await signUp(server.url);
    const { body } = await authorize(app.apiKey);
    const callback = `${server.url}/api/v1/connections/callback?state=${encodeURIComponent(body.state)}`;
    const denied = await request(`${callback}&error=access_denied&error_description=${encodeURIComponent('The user said no')}`);
    expect(denied.status).toBe(302);
    const location = new URL(denied.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(authorizeBody.redirectUri);
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: 'access_denied', error_description: 'The user said no' });

    const reused = await request(`${callback}&code=abc`);
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual(errorBody('invalid_request_error', 'invalid_state'));
    expect(await server.database.db('connections').where({ app_id: app.appId })).toHaveLength(0);
  });

  it('an expired state is 400 and creates no connection', async () => {
    const app = await signUp(server.url);
    const { body } = await authorize(app.apiKey);
    await server.database.db('oauth_states').where({ app_id: app.appId }).update({ expires_at: new Date(Date.now() - 1000) });
    const response = await request(`${server.url}/api/v1/connections/callback?state=${encodeURIComponent(body.state)}&code=abc`);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_state', message: expect.stringContaining('expired') });
    expect(await server.database.db('connections').where({ app_id: app.appId })).toHaveLength(0);
  });
});
