import { startEmulator, type Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, submitConsent } from '../../test/browser.js';
import { request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

// The product brief's five steps, over HTTP, with the emulator standing in for Slack.
let emulator: Emulator;
let server: TestServer;
const redirectUri = 'https://company-x.com/integrations/callback';
const isCustomerRedirect = (url: URL) => url.origin === 'https://company-x.com';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  server = await startTestServer({
    SLACK_CLIENT_ID: 'patchbay-demo',
    SLACK_CLIENT_SECRET: 'patchbay-demo-secret',
    SLACK_AUTHORIZATION_URL: `${emulator.url}/slack/oauth/v2/authorize`,
    SLACK_TOKEN_URL: `${emulator.url}/slack/api/oauth.v2.access`,
    SLACK_API_BASE_URL: `${emulator.url}/slack/api/`,
  });
});
afterAll(async () => {
  await server?.close();
  await emulator?.close();
});

async function connectSlack(apiKey: string, endUserId: string, decision: 'approve' | 'deny' = 'approve') {
  const authorize = await request(`${server.url}/api/v1/connections/authorize`, {
    apiKey,
    body: { endUserId, integrationSlug: 'slack', redirectUri, metadata: { email: `${endUserId}@example.com`, name: 'John Doe' } },
  });
  expect(authorize.status).toBe(200);
  const consent = await follow(authorize.body.authorizationUrl);
  expect(consent.status).toBe(200);
  const done = await submitConsent(consent, decision, isCustomerRedirect);
  return new URL(done.url);
}

describe('the seed walkthrough', () => {
  it('sign up, list integrations, connect Slack, send a message, read the log', async () => {
    // 1. Sign up.
    const signUpResponse = await request(`${server.url}/api/v1/apps`, {
      body: {
        accountEmail: 'admin@company-x.com',
        accountPassword: 'secure-password',
        accountName: 'Company X',
        appName: 'Company X Product',
        webhookUrl: 'https://company-x.com/webhooks/integrations',
      },
    });
    expect(signUpResponse.status).toBe(201);
    const { apiKey } = signUpResponse.body.app;

    // 2. List integrations.
    const catalog = await request(`${server.url}/api/v1/integrations`, { apiKey });
    expect(catalog.status).toBe(200);
    const slack = catalog.body.integrations.find((integration: { slug: string }) => integration.slug === 'slack');
    expect(slack).toEqual({
      slug: 'slack',
      name: 'Slack',
      description: 'Team communication platform',
      category: 'communication',
      authType: 'oauth2',
      icon: `${server.url}/icons/slack.svg`,
      connectedUsers: 0,
      enabled: true,
      oauthClient: null,
      actions: expect.arrayContaining([expect.objectContaining({ id: 'send_message', name: 'Send Message' })]),
      triggers: expect.arrayContaining([{ id: 'message', name: 'New message', description: expect.any(String), kind: 'webhook' }]),
    });
    const icon = await fetch(slack.icon);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');

    // 3. Connect the end user's Slack: authorize, approve on the provider's page, come back.
    const back = await connectSlack(apiKey, 'user-123-from-company-x');
    expect(back.origin + back.pathname).toBe(redirectUri);
    expect(back.searchParams.get('status')).toBe('active');
    const connectionId = back.searchParams.get('connectionId');
    expect(connectionId).toMatch(/^conn_/);

    const stored = await server.database.db('connections').where({ id: connectionId }).first();
    expect(stored.status).toBe('active');
    expect(stored.credentials).not.toContain('xoxe');
    const afterConnect = await request(`${server.url}/api/v1/integrations`, { apiKey });
    expect(afterConnect.body.integrations.find((i: { slug: string }) => i.slug === 'slack').connectedUsers).toBe(1);

    // 4. Send a Slack message as that user.
    const sent = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey,
      body: { endUserId: 'user-123-from-company-x', input: { channel: '#general', text: 'Hello from Company X!' } },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      success: true,
      executionId: expect.stringMatching(/^exec_/),
      data: { ok: true, channel: 'C0EMU0GEN', ts: expect.stringMatching(/^\d+\.\d+$/) },
      duration: expect.any(Number),
    });
    expect(emulator.messages()).toContainEqual(expect.objectContaining({ channel: 'C0EMU0GEN', text: 'Hello from Company X!' }));

    // 5. Read the execution log.
    const log = await request(`${server.url}/api/v1/executions?limit=10`, { apiKey });
    expect(log.status).toBe(200);
    expect(log.body).toEqual({
      executions: [
        {
          id: sent.body.executionId,
          endUser: { id: 'user-123-from-company-x', email: 'user-123-from-company-x@example.com' },
          integration: { slug: 'slack', name: 'Slack' },
          action: 'send_message',
          status: 'success',
          source: 'api',
          duration: sent.body.duration,
          startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ],
      stats: { total: 1, success: 1, failed: 0, successRate: 1, p50: sent.body.duration, p95: sent.body.duration },
      nextCursor: null,
    });

    // The connection.created event was written with the connection, for delivery.
    const events = await server.database.db('webhook_events').where({ type: 'connection.created' });
    expect(events.map((event) => event.payload.data)).toContainEqual({
      connectionId,
      endUserId: 'user-123-from-company-x',
      integration: 'slack',
      status: 'active',
    });
  });
});

describe('actions against the emulator', () => {
  it('a provider error is recorded as a failed execution with Slack\'s code, and execution.failed is queued', async () => {
    const app = await signUp(server.url);
    await connectSlack(app.apiKey, 'eu-1');
    const response = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey: app.apiKey,
      body: { endUserId: 'eu-1', input: { channel: '#no-such-channel', text: 'hi' } },
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      type: 'provider_error',
      code: 'not_found',
      providerCode: 'channel_not_found',
      executionId: expect.stringMatching(/^exec_/),
    });
    const log = await request(`${server.url}/api/v1/executions?status=failed`, { apiKey: app.apiKey });
    expect(log.body.stats).toMatchObject({ total: 1, success: 0, failed: 1, successRate: 0 });
    expect(log.body.executions[0]).toMatchObject({ status: 'failed', error: { code: 'channel_not_found' } });
    const event = await server.database.db('webhook_events').where({ app_id: app.appId, type: 'execution.failed' }).first();
    expect(event.payload.data).toMatchObject({ executionId: response.body.error.executionId, error: { code: 'channel_not_found' } });
    const job = await server.database.db.raw(
      `select count(*)::int as n from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
       where t.identifier = 'deliver_webhook_event' and j.payload::jsonb @> jsonb_build_array(jsonb_build_object('eventId', ?::text))`,
      [event.id],
    );
    expect(job.rows[0].n).toBe(1);
  });

  it('denying consent comes back with access_denied and no connection', async () => {
    const app = await signUp(server.url);
    const back = await connectSlack(app.apiKey, 'eu-deny', 'deny');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(await server.database.db('connections').where({ app_id: app.appId })).toHaveLength(0);
  });

  it('counts and executions never cross apps', async () => {
    const mine = await signUp(server.url);
    const theirs = await signUp(server.url);
    await connectSlack(mine.apiKey, 'shared-id');
    await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey: mine.apiKey,
      body: { endUserId: 'shared-id', input: { channel: 'general', text: 'mine' } },
    });
    const theirCatalog = await request(`${server.url}/api/v1/integrations`, { apiKey: theirs.apiKey });
    expect(theirCatalog.body.integrations[0].connectedUsers).toBe(0);
    const theirLog = await request(`${server.url}/api/v1/executions`, { apiKey: theirs.apiKey });
    expect(theirLog.body).toEqual({ executions: [], stats: { total: 0, success: 0, failed: 0, successRate: null, p50: null, p95: null }, nextCursor: null });
    // Same endUserId in another app is another person: no connection there.
    const theirRun = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey: theirs.apiKey,
      body: { endUserId: 'shared-id', input: { channel: 'general', text: 'theirs' } },
    });
    expect(theirRun.status).toBe(404);
  });
});
