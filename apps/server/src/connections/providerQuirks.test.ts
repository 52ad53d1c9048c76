import { emulatorEndpoints, startEmulator, type Emulator } from '@patchbay/emulator';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow } from '../../test/browser.js';
import { request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

// GitHub answers token errors with HTTP 200 (https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors).
const github = setupServer(
  http.post('https://github.test/login/oauth/access_token', () =>
    HttpResponse.json({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' }),
  ),
);

let emulator: Emulator;
let server: TestServer;
const done = (url: URL) => url.origin === 'https://company-x.com';

function providerEnvironment(slug: string, prefix: string): Record<string, string> {
  const endpoints = emulatorEndpoints(emulator.url, slug);
  return {
    [`${prefix}_CLIENT_ID`]: 'patchbay-demo',
    [`${prefix}_CLIENT_SECRET`]: 'patchbay-demo-secret',
    [`${prefix}_AUTHORIZATION_URL`]: endpoints.authorizationUrl,
    [`${prefix}_TOKEN_URL`]: endpoints.tokenUrl,
    [`${prefix}_API_BASE_URL`]: endpoints.apiBaseUrl,
  };
}

beforeAll(async () => {
  github.listen({ onUnhandledFrame: 'bypass' });
  emulator = await startEmulator({ autoApprove: true });
  server = await startTestServer({
    ...providerEnvironment('notion', 'NOTION'),
    ...providerEnvironment('google-sheets', 'GOOGLE_SHEETS'),
    GITHUB_CLIENT_ID: 'patchbay-demo',
    GITHUB_CLIENT_SECRET: 'patchbay-demo-secret',
    GITHUB_AUTHORIZATION_URL: `${emulator.url}/github/oauth/authorize`,
    GITHUB_TOKEN_URL: 'https://github.test/login/oauth/access_token',
  });
});
afterAll(async () => {
  github.close();
  await server.close();
  await emulator.close();
});

async function authorize(apiKey: string, integrationSlug: string) {
  const response = await request(`${server.url}/api/v1/connections/authorize`, {
    apiKey,
    body: { endUserId: `user-${integrationSlug}`, integrationSlug, redirectUri: 'https://company-x.com/done' },
  });
  expect(response.status).toBe(200);
  return new URL(response.body.authorizationUrl);
}

describe('provider quirks', () => {
  it('Notion: owner=user, no PKCE, HTTP Basic at the token endpoint', async () => {
    const app = await signUp(server.url);
    const url = await authorize(app.apiKey, 'notion');
    expect(url.searchParams.get('owner')).toBe('user');
    expect(url.searchParams.has('code_challenge')).toBe(false);
    const back = new URL((await follow(url.toString(), {}, done)).url);
    expect(back.searchParams.get('status')).toBe('active');
  });

  it('Google: offline access with consent, so a refresh token is issued; PKCE S256', async () => {
    const app = await signUp(server.url);
    const url = await authorize(app.apiKey, 'google-sheets');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ access_type: 'offline', prompt: 'consent', code_challenge_method: 'S256' });
    const back = new URL((await follow(url.toString(), {}, done)).url);
    const connectionId = back.searchParams.get('connectionId');
    const connection = await request(`${server.url}/api/v1/connections/${connectionId}`, { apiKey: app.apiKey });
    expect(connection.body).toMatchObject({ status: 'active', integration: 'google-sheets', expiresAt: expect.any(String) });
  });

  it('GitHub: a 200 answer carrying an error ends in error, with no connection', async () => {
    const app = await signUp(server.url);
    const url = await authorize(app.apiKey, 'github');
    expect(url.searchParams.get('scope')).toBe('repo read:user');
    const back = new URL((await follow(url.toString(), {}, done)).url);
    expect(back.searchParams.get('error')).toBe('token_exchange_failed');
    expect(back.searchParams.get('error_description')).toContain('bad_verification_code');
    expect((await request(`${server.url}/api/v1/connections`, { apiKey: app.apiKey })).body.connections).toEqual([]);
  });

  it('an API-key integration cannot be started as OAuth', async () => {
    const app = await signUp(server.url);
    const response = await request(`${server.url}/api/v1/connections/authorize`, {
      apiKey: app.apiKey,
      body: { endUserId: 'x', integrationSlug: 'stripe', redirectUri: 'https://company-x.com/done' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('wrong_auth_type');
  });
});
