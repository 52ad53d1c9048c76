import type { Emulator } from '@patchbay/emulator';
import { slack } from '@patchbay/integrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow } from '../../test/browser.js';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { openCredentials } from '../connections/credentials.js';
import { checkConnectionHealth } from '../jobs/checkConnectionHealth.js';
import { queueDueHealthChecks } from './healthStore.js';

let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100' } }));
});
afterAll(() => close());

const db = () => server.database.db;
// What Patchbay asks Slack for by default (the catalog's).
const slackScopes = slack.auth.type === 'oauth2' ? slack.auth.scopes : [];
const send = (apiKey: string, endUserId: string, text = 'hi', extra: Record<string, unknown> = {}) =>
  request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId, input: { channel: 'general', text }, ...extra } });
const connection = (apiKey: string, id: string) => request(`${server.url}/api/v1/connections/${id}`, { apiKey });

/** The connection's tokens as the emulator issued them. */
async function tokensOf(connectionId: string) {
  const row = await db()('connections').where({ id: connectionId }).first();
  const credentials = openCredentials(server.services.secrets, row.app_id, row.id, row.credentials);
  if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
  return { accessToken: credentials.accessToken, refreshToken: credentials.refreshToken! };
}

/** As if the connection's last check was long ago, so the hourly schedule picks it. */
const lastCheckedHoursAgo = (connectionId: string, hours: number) =>
  db()('connections').where({ id: connectionId }).update({ health_checked_at: new Date(Date.now() - hours * 3_600_000) });

/** The queued health checks of these connections. */
async function healthJobs(connectionIds: string[]): Promise<{ key: string; run_at: Date; payload: { appId: string; connectionId: string; reason: 'schedule' } }[]> {
  const result = await db().raw(
    `select j.key, j.run_at, j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where t.identifier = 'check_connection_health' and j.key = any(?)`,
    [connectionIds.map((id) => `health:${id}`)],
  );
  return result.rows;
}

/** Connects through a connect session the way the hosted page does (redirect mode), returning the authorization URL used. */
async function connectWithSession(token: string): Promise<{ authorizationUrl: URL; connectionId: string }> {
  const started = await request(`${server.url}/api/v1/connect/integrations/slack/authorize`, {
    headers: { authorization: `Bearer ${token}` },
    body: { redirectUri: 'https://company-x.com/done' },
  });
  expect(started.status).toBe(200);
  const done = await follow(started.body.authorizationUrl, {}, (url) => url.origin === 'https://company-x.com');
  const connectionId = new URL(done.url).searchParams.get('connectionId');
  if (!connectionId) throw new Error(`connect failed: ${done.url}`);
  return { authorizationUrl: new URL(started.body.authorizationUrl), connectionId };
}

describe('scheduling', () => {
  it('queues one check per due connection, each at its own second of the hour, once across processes', async () => {
    const app = await signUp(server.url);
    const ids = [await connectSlack(server, app.apiKey, 'sched-1'), await connectSlack(server, app.apiKey, 'sched-2'), await connectSlack(server, app.apiKey, 'sched-3')];
    const fresh = await connectSlack(server, app.apiKey, 'sched-fresh');
    for (const id of ids) await lastCheckedHoursAgo(id, 2);
    // Two worker processes running the hourly cron at once.
    await Promise.all([queueDueHealthChecks(db()), queueDueHealthChecks(db())]);
    const jobs = await healthJobs([...ids, fresh]);
    const slots: { id: string; offset: string }[] = (await db().raw('select id, abs(hashtext(id)::bigint) % 3600 as offset from connections where id = any(?)', [ids])).rows;
    for (const { id, offset } of slots) {
      const mine = jobs.filter((job) => job.key === `health:${id}`);
      // A slot in the first seconds of the hour may have run already on the test's worker.
      if (Number(offset) < 30) {
        expect(mine.length).toBeLessThanOrEqual(1);
        continue;
      }
      expect(mine).toHaveLength(1);
      expect(mine[0]!.payload).toMatchObject({ connectionId: id, reason: 'schedule' });
      expect(Math.abs((mine[0]!.run_at.getTime() - Date.now()) / 1000 - Number(offset))).toBeLessThan(60);
    }
    // Just connected (checked moments ago): due only if its slot is 50 minutes or more away.
    const freshSlot = Number((await db().raw('select abs(hashtext(?)::bigint) % 3600 as offset', [fresh])).rows[0].offset);
    if (Math.abs(freshSlot - 3000) > 60) expect(jobs.some((job) => job.key === `health:${fresh}`)).toBe(freshSlot > 3000);
  });
});

describe('a revoked grant', () => {
  it('is found by the hourly check before any action: needs_reauth, the webhook with a repair link, and actions refused without calling Slack', async () => {
    const receiver = await startWebhookReceiver();
    const app = await signUp(server.url, { webhookUrl: receiver.url });
    receiver.setSecret(app.webhookSecret);
    const connectionId = await connectSlack(server, app.apiKey, 'early-user');
    emulator.revokeGrant((await tokensOf(connectionId)).refreshToken);
    await lastCheckedHoursAgo(connectionId, 2);
    await queueDueHealthChecks(db());
    const [job] = await healthJobs([connectionId]);
    // Run the queued job now rather than at its second of the hour (unless that second was now).
    if (job) await checkConnectionHealth(server.services)(job.payload, {} as never);

    const found = (await connection(app.apiKey, connectionId)).body;
    expect(found).toMatchObject({ status: 'needs_reauth', health: { status: 'needs_reauth', lastCheckedAt: expect.any(String), lastError: expect.stringContaining('invalid_refresh_token') } });
    const event = await db()('webhook_events').where({ app_id: app.appId, type: 'connection.needs_reauth' }).first();
    // Kept without the repair link: a bearer capability is minted at each delivery, never stored.
    expect(event.payload.data).toEqual({ connectionId, endUserId: 'early-user', integration: 'slack', reason: expect.stringContaining('invalid_refresh_token') });
    const delivered = await eventually(() => {
      const webhook = receiver.received.map((received) => JSON.parse(received.body)).find((body) => body.event === 'connection.needs_reauth');
      expect(webhook).toBeDefined();
      return webhook;
    });
    expect(receiver.received.every((received) => received.verified)).toBe(true);
    expect(delivered.data).toEqual({ ...event.payload.data, repairLink: { url: expect.stringMatching(new RegExp(`^${server.url}/connect\\?session=cs_`)), expiresAt: expect.any(String) } });
    expect(Date.parse(delivered.data.repairLink.expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const session = new URL(delivered.data.repairLink.url).searchParams.get('session')!;
    const listed = await request(`${server.url}/api/v1/connect/integrations`, { headers: { authorization: `Bearer ${session}` } });
    expect(listed.body.integrations).toEqual([expect.objectContaining({ slug: 'slack', connection: { id: connectionId, status: 'needs_reauth' } })]);
    await receiver.close();
    expect(await db()('executions').where({ app_id: app.appId }).count({ n: '*' }).first()).toEqual({ n: 0 });

    const before = emulator.stats().apiRequests;
    const refused = await send(app.apiKey, 'early-user');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('connection_needs_reauth');
    expect(emulator.stats().apiRequests).toBe(before);

    const byHealth = await request(`${server.url}/api/v1/connections?health=needs_reauth`, { apiKey: app.apiKey });
    expect(byHealth.body.connections.map((c: { id: string }) => c.id)).toEqual([connectionId]);
    const endUsers = await request(`${server.url}/api/v1/end-users?health=needs_reauth`, { apiKey: app.apiKey });
    expect(endUsers.body.endUsers).toEqual([expect.objectContaining({ id: 'early-user', connections: [{ id: connectionId, integration: 'slack', status: 'needs_reauth', health: 'needs_reauth' }] })]);
    expect((await request(`${server.url}/api/v1/end-users?health=degraded`, { apiKey: app.apiKey })).body.endUsers).toEqual([]);
    expect((await request(`${server.url}/api/v1/end-users?health=sick`, { apiKey: app.apiKey })).status).toBe(400);
  });

  it('the repair link reconnects in place: same id, same history and trigger subscriptions, healthy again', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'repair-user');
    expect((await send(app.apiKey, 'repair-user', 'before')).status).toBe(200);
    const createdAt = (await connection(app.apiKey, connectionId)).body.createdAt;
    const subscription = await request(`${server.url}/api/v1/trigger-subscriptions`, { apiKey: app.apiKey, body: { endUserId: 'repair-user', integration: 'slack', trigger: 'message' } });
    expect(subscription.status).toBe(201);
    const subscriptionStatus = async () => (await request(`${server.url}/api/v1/trigger-subscriptions/${subscription.body.id}`, { apiKey: app.apiKey })).body.status;
    emulator.revokeGrant((await tokensOf(connectionId)).accessToken);
    const checked = await request(`${server.url}/api/v1/connections/${connectionId}/health-check`, { apiKey: app.apiKey, method: 'POST' });
    expect(checked.status).toBe(200);
    expect(checked.body.health.status).toBe('needs_reauth');
    expect(await subscriptionStatus()).toBe('needs_reauth');

    const link = await request(`${server.url}/api/v1/connections/${connectionId}/repair-link`, { apiKey: app.apiKey, method: 'POST' });
    expect(link.status).toBe(201);
    expect(link.body).toEqual({
      url: `${server.url}/connect?session=${link.body.token}`,
      token: expect.stringMatching(/^cs_/),
      expiresAt: expect.any(String),
      connectionId,
      integration: 'slack',
      scopes: expect.arrayContaining(['chat:write', 'channels:read']),
    });
    // The link's session sees only Slack, and shows it as needing to reconnect.
    const listed = await request(`${server.url}/api/v1/connect/integrations`, { headers: { authorization: `Bearer ${link.body.token}` } });
    expect(listed.body.integrations).toEqual([expect.objectContaining({ slug: 'slack', connection: { id: connectionId, status: 'needs_reauth' } })]);
    const other = await request(`${server.url}/api/v1/connect/integrations/airtable/credentials`, { headers: { authorization: `Bearer ${link.body.token}` }, body: { credentials: { apiKey: 'pat' } } });
    expect(other.status).toBe(403);

    const reconnected = await connectWithSession(link.body.token);
    expect(reconnected.connectionId).toBe(connectionId);
    const after = (await connection(app.apiKey, connectionId)).body;
    expect(after).toMatchObject({ id: connectionId, createdAt, status: 'active', health: { status: 'healthy', lastError: null } });
    // Everything tied to the connection stays tied to it: the trigger subscription listens again.
    expect(await subscriptionStatus()).toBe('active');
    expect((await send(app.apiKey, 'repair-user', 'after')).status).toBe(200);
    const history = await request(`${server.url}/api/v1/executions?endUserId=repair-user`, { apiKey: app.apiKey });
    expect(history.body.executions).toHaveLength(2);
    expect(await db()('executions').where({ app_id: app.appId }).distinct('connection_id')).toEqual([{ connection_id: connectionId }]);
  });

  it('a repair link for an unknown connection is 404, and API-key connections take no extra scopes', async () => {
    const app = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/connections/conn_nothere/repair-link`, { apiKey: app.apiKey, method: 'POST' })).status).toBe(404);
    expect((await request(`${server.url}/api/v1/connections/conn_nothere/health-check`, { apiKey: app.apiKey, method: 'POST' })).status).toBe(404);
    const connectionId = await connectSlack(server, app.apiKey, 'scopes-input');
    const bad = await request(`${server.url}/api/v1/connections/${connectionId}/repair-link`, { apiKey: app.apiKey, body: { extraScopes: ['has space'] } });
    expect(bad.status).toBe(400);
    const other = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/connections/${connectionId}/repair-link`, { apiKey: other.apiKey, method: 'POST' })).status).toBe(404);
  });
});

describe('a 401 from an action', () => {
  it('queues a health check (one job key for a burst), which tells a one-off refusal from a revoked grant', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'flaky-user');
    const checksBefore = emulator.stats().apiRequests;
    // Slack refuses ten messages with token_revoked, though the grant is fine (auth.test passes).
    emulator.failNext('/slack/api/chat.postMessage', { status: 200, body: { ok: false, error: 'token_revoked' } }, 10);
    const refused = await Promise.all(Array.from({ length: 10 }, (_, i) => send(app.apiKey, 'flaky-user', `refused ${i}`)));
    expect(refused.map((response) => response.status)).toEqual(Array(10).fill(422));
    const since = Date.now();
    await eventually(async () => {
      const row = await db()('connections').where({ id: connectionId }).first();
      expect(row.health_checked_at.getTime()).toBeGreaterThanOrEqual(since - 1000);
      expect(await healthJobs([connectionId])).toEqual([]);
    });
    // One job key: the burst cost a check or two (a 401 after a check started asks again), not ten.
    // (failNext answers are not counted as API requests; auth.test calls are.)
    expect(emulator.stats().apiRequests - checksBefore).toBeGreaterThanOrEqual(1);
    expect(emulator.stats().apiRequests - checksBefore).toBeLessThanOrEqual(3);
    expect((await connection(app.apiKey, connectionId)).body).toMatchObject({ status: 'active', health: { status: 'healthy' } });

    emulator.revokeGrant((await tokensOf(connectionId)).refreshToken);
    expect((await send(app.apiKey, 'flaky-user', 'after revocation')).status).toBe(422);
    await eventually(async () => expect((await connection(app.apiKey, connectionId)).body).toMatchObject({ status: 'needs_reauth', health: { status: 'needs_reauth' } }));
  });
});

describe('scopes', () => {
  it('the check records scopes the provider took away; an action needing one fails before calling it, with a repair link that asks for it', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'scoped-user');
    expect((await connection(app.apiKey, connectionId)).body.scopes).toEqual(slackScopes);
    emulator.shrinkScopes((await tokensOf(connectionId)).accessToken, ['channels:read', 'users:read']);
    const checked = await request(`${server.url}/api/v1/connections/${connectionId}/health-check`, { apiKey: app.apiKey, method: 'POST' });
    expect(checked.body).toMatchObject({ status: 'active', health: { status: 'healthy' }, scopes: ['channels:read', 'users:read'] });

    const before = emulator.stats().apiRequests;
    const refused = await send(app.apiKey, 'scoped-user', 'needs chat:write');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      type: 'permission_error',
      code: 'missing_scopes',
      missingScopes: ['chat:write'],
      executionId: expect.stringMatching(/^exec_/),
      repairLink: { url: expect.stringContaining('/connect?session=cs_'), expiresAt: expect.any(String) },
    });
    const queued = await send(app.apiKey, 'scoped-user', 'async too', { mode: 'async' });
    expect(queued.status).toBe(403);
    expect(emulator.stats().apiRequests).toBe(before);
    const execution = await request(`${server.url}/api/v1/executions/${refused.body.error.executionId}`, { apiKey: app.apiKey });
    expect(execution.body).toMatchObject({ status: 'failed', error: { code: 'missing_scopes' }, attempts: [] });
    // Reading channels needs only what is left.
    expect((await request(`${server.url}/api/v1/integrations/slack/actions/list_channels`, { apiKey: app.apiKey, body: { endUserId: 'scoped-user', input: {} } })).status).toBe(200);

    const token = new URL(refused.body.error.repairLink.url).searchParams.get('session')!;
    const repaired = await connectWithSession(token);
    expect(repaired.connectionId).toBe(connectionId);
    expect(repaired.authorizationUrl.searchParams.get('scope')!.split(',')).toEqual(expect.arrayContaining(['chat:write', 'channels:read', 'users:read']));
    expect((await send(app.apiKey, 'scoped-user', 'granted again')).status).toBe(200);
  });

  it('a connect session can ask for extra scopes, for OAuth integrations it may connect', async () => {
    const app = await signUp(server.url);
    const session = await request(`${server.url}/api/v1/connect/sessions`, { apiKey: app.apiKey, body: { endUserId: 'extra-user', allowedIntegrations: ['slack'], extraScopes: { slack: ['files:write'] } } });
    expect(session.status).toBe(201);
    const { authorizationUrl, connectionId } = await connectWithSession(session.body.token);
    expect(authorizationUrl.searchParams.get('scope')!.split(',')).toEqual([...slackScopes, 'files:write']);
    expect((await connection(app.apiKey, connectionId)).body.scopes).toContain('files:write');

    for (const [extraScopes, path] of [
      [{ airtable: ['data.records:read'] }, 'body/extraScopes/airtable'],
      [{ notion: ['x'] }, 'body/extraScopes/notion'],
      [{ nowhere: ['x'] }, 'body/extraScopes/nowhere'],
      [{ slack: [] }, 'body/extraScopes/slack'],
    ] as const) {
      const refused = await request(`${server.url}/api/v1/connect/sessions`, { apiKey: app.apiKey, body: { endUserId: 'extra-user', allowedIntegrations: ['slack'], extraScopes } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toContainEqual(expect.objectContaining({ path: expect.stringContaining(path) }));
    }
    const notion = await request(`${server.url}/api/v1/connect/sessions`, { apiKey: app.apiKey, body: { endUserId: 'extra-user', extraScopes: { notion: ['x'] } } });
    expect(notion.status).toBe(400);
    expect(notion.body.error.message).toContain('no OAuth scopes');
  });
});
