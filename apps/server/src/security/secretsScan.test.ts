import { Writable } from 'node:stream';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import { signInDashboard } from '../../test/securityWorld.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { openCredentials } from '../connections/credentials.js';

// After a run through every feature that handles a secret, no table, queued job, log line,
// webhook payload or HTTP answer holds one, except the answers that hand a secret out once
// (listed in `handedOut`).

const airtableKey = 'patSCANKEY.0123456789abcdef';
// msw intercepts fetch, not the undici client providers are called with: here they are called with fetch.
vi.mock('../actions/providerTransport.js', () => ({ sendProviderRequest: (url: URL, init: RequestInit) => fetch(url, init) }));

// Airtable stands in through msw: https://airtable.com/developers/web/api/get-user-id-scopes
const airtable = setupServer(
  http.get('https://api.airtable.com/v0/meta/whoami', ({ request: incoming }) =>
    incoming.headers.get('authorization') === `Bearer ${airtableKey}`
      ? HttpResponse.json({ id: 'usrSCAN', scopes: ['data.records:read'] })
      : HttpResponse.json({ error: { type: 'AUTHENTICATION_REQUIRED' } }, { status: 401 }),
  ),
);

const logLines: string[] = [];
const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

interface Answer {
  route: string;
  text: string;
}
const answers: Answer[] = [];
const realFetch = globalThis.fetch;

let server: TestServer;
let close: () => Promise<void>;
beforeAll(async () => {
  airtable.listen({ onUnhandledFrame: 'bypass' });
  ({ server, close } = await startServerWithEmulatedSlack({
    worker: true,
    clients: [
      { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' },
      { clientId: 'scan-own-client', clientSecret: 'scan-own-client-secret-0123' },
    ],
    environment: { LOG_LEVEL: 'trace', WORKER_POLL_INTERVAL_MS: '100' },
    logDestination: logs,
  }));
  // Every answer of our server to anyone in this process: the test's calls and the OAuth flow.
  const recordingFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const response = await recordingFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin === server.url) {
      const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
      answers.push({ route: `${init?.method ?? 'GET'} ${url.pathname}`, text: `${headers}\n\n${await response.clone().text()}` });
    }
    return response;
  };
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  airtable.close();
  await close();
});

describe('secrets', () => {
  it('appear in no table, job, log line, webhook payload or answer, except where handed out once', async () => {
    const receiver = await startWebhookReceiver();
    const email = `scan-${Date.now()}@company-x.com`;
    const app = await signUp(server.url, { accountEmail: email, accountPassword: 'scan-password-0123', webhookUrl: receiver.url });
    receiver.setSecret(app.webhookSecret);
    const api = (path: string, options: Parameters<typeof request>[1] = {}) => request(`${server.url}/api/v1${path}`, { apiKey: app.apiKey, ...options });
    const login = await signInDashboard(server, email, 'scan-password-0123');
    const dashboard = { cookie: login.cookie, 'x-csrf-token': login.csrf };
    const key = await request(`${server.url}/api/v1/dashboard/apps/${app.appId}/api-keys`, { body: { name: 'scan' }, headers: dashboard });
    const endpoint = await api('/webhook-endpoints', { body: { url: receiver.url, events: ['connection.created'] } });
    const rotated = await api(`/webhook-endpoints/${endpoint.body.id}/rotate-secret`, { method: 'POST' });
    await api(`/webhook-endpoints/${endpoint.body.id}/secret`);
    await api('/integrations/slack/oauth-client', { method: 'PUT', body: { clientId: 'scan-own-client', clientSecret: 'scan-own-client-secret-0123' } });
    const connectionId = await connectSlack(server, app.apiKey, 'scan-user');
    const session = await api('/connect/sessions', { body: { endUserId: 'scan-user' } });
    const repairLink = await api(`/connections/${connectionId}/repair-link`, { method: 'POST' });
    const viaSession = await request(`${server.url}/api/v1/connect/integrations/airtable/credentials`, {
      body: { credentials: { apiKey: airtableKey } },
      headers: { authorization: `Bearer ${session.body.token}` },
    });
    expect(viaSession.status).toBe(201);
    await api('/connections', { body: { endUserId: 'scan-user-2', integrationSlug: 'airtable', credentials: { apiKey: 'patWRONG.key' } } });
    const sent = await api('/integrations/slack/actions/send_message', { body: { endUserId: 'scan-user', input: { channel: 'general', text: 'scan' } } });
    await api('/integrations/slack/actions/send_message', { body: { endUserId: 'scan-user', input: { channel: 'no-such-channel', text: 'scan' } } });
    await request(`${server.url}/api/v1/proxy/slack/conversations.list`, { apiKey: app.apiKey, headers: { 'x-end-user-id': 'scan-user' } });
    await api(`/executions/${sent.body.executionId}`);
    await api('/executions');
    await api(`/connections/${connectionId}`);
    await api('/connections');
    await api('/end-users/scan-user');
    await api('/app');
    await api('/integrations');
    await api('/integrations/slack');
    await request(`${server.url}/api/v1/dashboard/account`, { headers: dashboard });
    await request(`${server.url}/api/v1/dashboard/apps/${app.appId}/api-keys`, { headers: dashboard });
    await api('/webhook-endpoints');
    await eventually(() => expect(receiver.received.length).toBeGreaterThanOrEqual(2));
    const events = await api('/events');
    for (const event of events.body.events) await api(`/events/${event.id}/deliveries`);
    await request(`${server.url}/api/v1/dashboard/sign-out`, { method: 'POST', headers: dashboard });

    const row = await server.database.db('connections').where({ id: connectionId }).first();
    const tokens = openCredentials(server.services.secrets, app.appId, connectionId, row.credentials);
    if (tokens.type !== 'oauth2') throw new Error('expected OAuth credentials');
    const sessionCookieToken = login.cookie.split('=')[1]!;
    // Each secret, and the answers that may carry it (once, to its owner).
    const handedOut: [string, string, RegExp | undefined][] = [
      ['API key', app.apiKey, /^POST \/api\/v1\/apps$/],
      ['second API key', key.body.key, /^POST \/api\/v1\/dashboard\/apps\/[^/]+\/api-keys$/],
      ['sign-up webhook secret', app.webhookSecret, /^(POST \/api\/v1\/apps|GET \/api\/v1\/webhook-endpoints\/[^/]+\/secret)$/],
      ['endpoint secret', endpoint.body.secret, /^(POST \/api\/v1\/webhook-endpoints|GET \/api\/v1\/webhook-endpoints\/[^/]+\/secret)$/],
      ['rotated endpoint secret', rotated.body.secret, /^(POST \/api\/v1\/webhook-endpoints\/[^/]+\/rotate-secret|GET \/api\/v1\/webhook-endpoints\/[^/]+\/secret)$/],
      ['connect session token', session.body.token, /^POST \/api\/v1\/connect\/sessions$/],
      ['repair link session token', repairLink.body.token, /^POST \/api\/v1\/connections\/[^/]+\/repair-link$/],
      ['dashboard session', sessionCookieToken, /^POST \/api\/v1\/dashboard\/sign-in$/],
      ['password', 'scan-password-0123', undefined],
      ['access token', tokens.accessToken, undefined],
      ['refresh token', tokens.refreshToken!, undefined],
      ['own OAuth client secret', 'scan-own-client-secret-0123', undefined],
      ['platform OAuth client secret', 'patchbay-demo-secret', undefined],
      ['Airtable API key', airtableKey, undefined],
    ];
    for (const [label, secret] of handedOut) expect(secret?.length, label).toBeGreaterThan(10);

    const tables: string[] = (await server.database.db.raw("select tablename from pg_tables where schemaname = 'public'")).rows.map((r: { tablename: string }) => r.tablename);
    const stores: [string, string][] = [
      ...(await Promise.all(tables.map(async (table): Promise<[string, string]> => [`table ${table}`, JSON.stringify(await server.database.db(table).select('*'))]))),
      ['graphile_worker jobs', JSON.stringify((await server.database.db.raw('select payload from graphile_worker._private_jobs')).rows)],
      ['log lines', logLines.join('')],
      ['webhook payloads', JSON.stringify(receiver.received.map((webhook) => webhook.body))],
    ];
    // The scan covers the worker's lines too: each job, each webhook attempt (at trace, every level is written).
    expect(logLines.length).toBeGreaterThan(40);
    expect(logLines.join('')).toContain('"msg":"webhook attempt"');
    expect(logLines.join('')).toContain('with success');
    for (const [label, secret] of handedOut) {
      for (const [where, text] of stores) expect(text.includes(secret), `${label} found in ${where}`).toBe(false);
      for (const answer of answers) {
        const allowed = handedOut.find(([name]) => name === label)![2];
        if (allowed?.test(answer.route)) continue;
        expect(answer.text.includes(secret), `${label} found in the answer to ${answer.route}`).toBe(false);
      }
    }
    // The scan saw the answers that do hand secrets out, so it would see a leak elsewhere.
    expect(answers.some((answer) => answer.text.includes(app.apiKey))).toBe(true);
    expect(answers.length).toBeGreaterThan(25);
    await receiver.close();
  });
});
