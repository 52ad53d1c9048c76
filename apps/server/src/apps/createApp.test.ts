import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const signUpBody = (email: string) => ({
  accountEmail: email,
  accountPassword: 'secure-password',
  accountName: 'Company X',
  appName: 'Company X Product',
  webhookUrl: 'https://company-x.com/webhooks/integrations',
});

describe('POST /api/v1/apps', () => {
  it('creates an account, app, API key and webhook secret in the seed shape', async () => {
    const response = await request(`${server.url}/api/v1/apps`, { body: signUpBody('first@company-x.com') });
    expect(response.status).toBe(201);
    const { app } = response.body;
    expect(response.body).toEqual({ success: true, app: { appId: expect.stringMatching(/^app_[a-z0-9]+$/), apiKey: expect.any(String), webhookSecret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/), name: 'Company X Product' } });
    expect(app.apiKey).toMatch(new RegExp(`^${app.appId}_[a-z0-9]{32}$`));

    const { db } = server.database;
    const keys = await db('api_keys').where({ app_id: app.appId });
    expect(keys).toHaveLength(1);
    expect(JSON.stringify(keys)).not.toContain(app.apiKey.split('_').at(-1));
    const account = await db('accounts').where({ email: 'first@company-x.com' }).first();
    expect(account.password_hash).toMatch(/^scrypt\$/);
    expect(account.password_hash).not.toContain('secure-password');
    const endpoints = await db('webhook_endpoints').where({ app_id: app.appId });
    expect(endpoints.map((endpoint) => endpoint.url)).toEqual(['https://company-x.com/webhooks/integrations']);
    expect(endpoints[0].secret).not.toContain(app.webhookSecret.slice(6));
  });

  it('the API key authenticates; a wrong, malformed or missing key is 401', async () => {
    const app = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey })).status).toBe(200);
    const wrongSecret = app.apiKey.slice(0, -1) + (app.apiKey.endsWith('a') ? 'b' : 'a');
    for (const apiKey of [wrongSecret, 'nonsense', `${app.apiKey}x`, undefined]) {
      const response = await request(`${server.url}/api/v1/integrations`, apiKey ? { apiKey } : {});
      expect(response.status).toBe(401);
      expect(response.body).toEqual(errorBody('authentication_error', 'unauthorized'));
    }
  });

  it('a key revoked by another writer is 401 within a second, though this process had just verified it', async () => {
    const app = await signUp(server.url);
    const list = () => request(`${server.url}/api/v1/integrations`, { apiKey: app.apiKey });
    expect((await list()).status).toBe(200);
    // As another API process or an operator would: straight in the database.
    await server.database.db('api_keys').where({ app_id: app.appId }).update({ revoked_at: new Date() });
    await eventually(async () => expect((await list()).status).toBe(401), 1000);
    expect((await list()).status).toBe(401);
  });

  it('a second sign-up with the same email (any case) is 409 and creates nothing', async () => {
    await request(`${server.url}/api/v1/apps`, { body: signUpBody('dup@company-x.com') });
    const before = await server.database.db('apps').count({ n: '*' }).first();
    const response = await request(`${server.url}/api/v1/apps`, { body: signUpBody('DUP@company-x.com') });
    expect(response.status).toBe(409);
    expect(response.body).toEqual(errorBody('conflict_error', 'conflict'));
    expect(await server.database.db('apps').count({ n: '*' }).first()).toEqual(before);
  });

  it.each([
    ['malformed JSON', { rawBody: '{"accountEmail": ' }, 'invalid_json', undefined],
    ['a missing field', { body: { accountEmail: 'a@b.co', accountPassword: 'secure-password', accountName: 'X' } }, 'invalid_request', 'body/appName'],
    ['a wrong type', { body: { ...signUpBody('t@company-x.com'), accountName: 42 } }, 'invalid_request', 'body/accountName'],
    ['an invalid email', { body: signUpBody('not-an-email') }, 'invalid_request', 'body/accountEmail'],
    ['a short password', { body: { ...signUpBody('p@company-x.com'), accountPassword: 'short' } }, 'invalid_request', 'body/accountPassword'],
    ['an unknown field', { body: { ...signUpBody('u@company-x.com'), plan: 'free' } }, 'invalid_request', 'body/plan'],
    ['a non-http webhook URL', { body: { ...signUpBody('w@company-x.com'), webhookUrl: 'javascript:alert(1)' } }, 'invalid_request', 'body/webhookUrl'],
  ])('%s is 400 in the error shape and writes nothing', async (_name, options, code, path) => {
    const before = await server.database.db('accounts').count({ n: '*' }).first();
    const response = await request(`${server.url}/api/v1/apps`, options);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errorBody('invalid_request_error', code));
    if (path) expect(response.body.error.details).toContainEqual(expect.objectContaining({ path }));
    expect(await server.database.db('accounts').count({ n: '*' }).first()).toEqual(before);
  });

  it('a body that is not JSON is 415', async () => {
    const response = await request(`${server.url}/api/v1/apps`, { rawBody: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(response.status).toBe(415);
    expect(response.body).toEqual(errorBody('invalid_request_error', 'unsupported_media_type'));
  });

  it('an unknown route is 404 in the error shape', async () => {
    const response = await request(`${server.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.body).toEqual(errorBody('not_found_error', 'not_found'));
  });
});
