import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';

let server: TestServer;
let close: () => Promise<void>;
let apiKey: string;

beforeAll(async () => {
  ({ server, close } = await startServerWithEmulatedSlack());
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'alice');
});
afterAll(() => close());

const api = (path: string, options: { method?: string; body?: unknown; key?: string } = {}) =>
  request(`${server.url}/api/v1${path}`, { apiKey: options.key ?? apiKey, ...(options.method ? { method: options.method } : {}), ...(options.body !== undefined ? { body: options.body } : {}) });
const slackOf = async (key = apiKey) => (await api('/integrations', { key })).body.integrations.find((integration: { slug: string }) => integration.slug === 'slack');
const setEnabled = (enabled: boolean, key = apiKey) => api('/integrations/slack', { method: 'PATCH', body: { enabled }, key });

describe('enabling and disabling integrations', () => {
  it('lists every integration enabled, with Patchbay’s OAuth client, by default', async () => {
    const { body } = await api('/integrations');
    expect(body.integrations.every((integration: { enabled: boolean; oauthClient: unknown }) => integration.enabled && integration.oauthClient === null)).toBe(true);
    expect((await api('/integrations/slack')).body).toMatchObject({ enabled: true, oauthClient: null, connectedUsers: 1 });
  });

  it('a disabled integration cannot be connected or run, and is hidden from the widget; enabling restores it', async () => {
    const disabled = await setEnabled(false);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ slug: 'slack', enabled: false, connectedUsers: 1 });
    expect((await slackOf()).enabled).toBe(false);

    const authorize = await api('/connections/authorize', { body: { endUserId: 'bob', integrationSlug: 'slack', redirectUri: 'https://company-x.com/done' } });
    expect(authorize.status).toBe(403);
    expect(authorize.body).toEqual(errorBody('permission_error', 'integration_disabled'));
    const run = await api('/integrations/slack/actions/send_message', { body: { endUserId: 'alice', input: { channel: 'general', text: 'hi' } } });
    expect(run.status).toBe(403);
    expect(run.body.error.code).toBe('integration_disabled');
    expect((await api('/executions')).body.stats.total).toBe(0);

    const session = await api('/connect/sessions', { body: { endUserId: 'bob' } });
    const connectList = await request(`${server.url}/api/v1/connect/integrations`, { headers: { authorization: `Bearer ${session.body.token}` } });
    expect(connectList.body.integrations.map((integration: { slug: string }) => integration.slug)).not.toContain('slack');
    const start = await request(`${server.url}/api/v1/connect/integrations/slack/authorize`, { headers: { authorization: `Bearer ${session.body.token}` }, body: {} });
    expect(start.status).toBe(403);
    expect(start.body.error.code).toBe('integration_disabled');

    expect((await setEnabled(true)).body.enabled).toBe(true);
    const again = await api('/integrations/slack/actions/send_message', { body: { endUserId: 'alice', input: { channel: 'general', text: 'hi' } } });
    expect(again.status).toBe(200);
  });

  it('an integration disabled by another writer is refused within a second, though this process had the settings cached', async () => {
    const other = await signUp(server.url);
    await connectSlack(server, other.apiKey, 'carol');
    const send = () => api('/integrations/slack/actions/send_message', { key: other.apiKey, body: { endUserId: 'carol', input: { channel: 'general', text: 'hi' } } });
    expect((await send()).status).toBe(200);
    // As another API process or an operator would: straight in the database.
    await server.database.db('app_integrations').insert({ app_id: other.appId, integration_slug: 'slack', enabled: false });
    await eventually(async () => expect((await send()).status).toBe(403), 1000);
  });

  it('connected users counted by another writer are shown within a second, though this process had the count cached', async () => {
    const other = await signUp(server.url);
    await connectSlack(server, other.apiKey, 'dave');
    expect((await slackOf(other.apiKey)).connectedUsers).toBe(1);
    // As another API process or an operator would: straight in the database.
    await server.database.db('connections').where({ app_id: other.appId }).update({ status: 'needs_reauth' });
    await eventually(async () => expect((await slackOf(other.apiKey)).connectedUsers).toBe(0), 1000);
  });

  it('shows the app’s own OAuth client without its secret', async () => {
    await api('/integrations/slack/oauth-client', { method: 'PUT', body: { clientId: 'company-x-slack', clientSecret: 'very-secret', scopes: ['chat:write'] } });
    const slack = await slackOf();
    expect(slack.oauthClient).toEqual({ integration: 'slack', clientId: 'company-x-slack', scopes: ['chat:write'] });
    expect(JSON.stringify(slack)).not.toContain('very-secret');
    await api('/integrations/slack/oauth-client', { method: 'DELETE' });
    expect((await slackOf()).oauthClient).toBeNull();
  });

  it('settings belong to one app', async () => {
    const other = await signUp(server.url);
    await setEnabled(false, other.apiKey);
    expect((await slackOf(other.apiKey)).enabled).toBe(false);
    expect((await slackOf()).enabled).toBe(true);
  });

  it.each([
    ['/integrations/nope', { enabled: false }, 404, 'not_found'],
    ['/integrations/slack', { enabled: 'no' }, 400, 'invalid_request'],
    ['/integrations/slack', {}, 400, 'invalid_request'],
    ['/integrations/slack', { enabled: true, extra: 1 }, 400, 'invalid_request'],
  ])('PATCH %s %j → %i', async (path, body, status, code) => {
    const response = await api(path, { method: 'PATCH', body });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('icons', () => {
  it('may be embedded by any origin, while the API keeps same-origin', async () => {
    const icon = await fetch(`${server.url}/icons/slack.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(icon.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await api('/integrations')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
