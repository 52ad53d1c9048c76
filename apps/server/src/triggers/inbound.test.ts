import { createHmac } from 'node:crypto';
import { demoSlackSigningSecret } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request } from '../../test/http.js';
import { connect, firedEvents, signUpCustomer, startTriggerWorld, type TriggerWorld } from '../../test/triggerWorld.js';
import { eventually } from '../../test/webhookReceiver.js';

let world: TriggerWorld;
let app: Awaited<ReturnType<typeof signUpCustomer>>['app'];
let api: Awaited<ReturnType<typeof signUpCustomer>>['api'];
beforeAll(async () => {
  world = await startTriggerWorld();
  ({ app, api } = await signUpCustomer(world));
});
afterAll(() => world.close());
const deliveries = async () => Number((await world.server.database.db('trigger_deliveries').count({ n: '*' }))[0]!.n);

/** A Slack push signed as Slack does (https://api.slack.com/authentication/verifying-requests-from-slack). */
function slackPush(body: unknown, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = options.signature ?? `v0=${createHmac('sha256', options.secret ?? demoSlackSigningSecret).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
  return request(`${world.server.url}/api/v1/inbound/slack`, { rawBody: raw, headers: { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } });
}

const callback = (eventId: string, teamId = 'T0EMU') => ({
  token: 'x',
  team_id: teamId,
  api_app_id: 'A0EMUAPP',
  type: 'event_callback',
  event_id: eventId,
  event_time: 1,
  event: { type: 'message', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: `forged ${eventId}`, ts: '1700000000.000100' },
});

describe('slack pushes (app-level URL, routed by team)', () => {
  it('answers url_verification with the challenge', async () => {
    const answer = await slackPush({ token: 'x', challenge: 'c-3eZbrw1aBm2rZgRNFdxV2595E9CY3gm', type: 'url_verification' });
    expect(answer).toMatchObject({ status: 200, body: { challenge: 'c-3eZbrw1aBm2rZgRNFdxV2595E9CY3gm' } });
  });

  it('refuses bad, stale and foreign signatures with 401, storing nothing', async () => {
    const before = await deliveries();
    const cases = [
      await slackPush(callback('EvBAD1'), { signature: 'v0=0000' }),
      await slackPush(callback('EvBAD2'), { secret: 'another-apps-signing-secret' }),
      // Correctly signed, six minutes ago: a replay.
      await slackPush(callback('EvBAD3'), { timestamp: Math.floor(Date.now() / 1000) - 360 }),
      await request(`${world.server.url}/api/v1/inbound/slack`, { rawBody: JSON.stringify(callback('EvBAD4')) }),
    ];
    for (const answer of cases) expect(answer).toMatchObject({ status: 401, body: errorBody('authentication_error', 'invalid_signature') });
    expect(await deliveries()).toBe(before);
    expect((await slackPush('not an envelope')).status).toBe(400);
    expect((await request(`${world.server.url}/api/v1/inbound/notion`, { body: {} })).status).toBe(404);
  });

  it('delivers a message to the team’s subscribers once, however often Slack retries it', async () => {
    await connect(world.server, app.apiKey, 'slack-user', 'slack');
    const created = await api('/trigger-subscriptions', { body: { endUserId: 'slack-user', integration: 'slack', trigger: 'message', config: { channel: 'C0EMU0GEN' } } });
    expect(created).toMatchObject({ status: 201, body: { id: expect.stringMatching(/^sub_/), kind: 'webhook', status: 'active', config: { channel: 'C0EMU0GEN', includeBotMessages: false }, nextPollAt: null } });
    const posted = await world.emulator.postAsUser('general', 'Deploy is done');
    expect(posted.status).toBe(200);
    // Slack retries (a timeout on its side): the same event id, new signatures.
    for (const retryNum of [1, 2]) {
      const retry = await world.emulator.emitSlackEvent({ type: 'message', channel: 'C0EMU0GEN', channel_type: 'channel', user: 'U0EMUUSER', text: 'Deploy is done', ts: posted.ts }, { eventId: posted.eventId, retryNum });
      expect(JSON.parse(retry.body)).toEqual({ received: true, duplicate: true });
    }
    // Elsewhere in the workspace and another workspace: not for this subscription.
    await world.emulator.postAsUser('random', 'lunch?');
    const otherTeam = await world.emulator.emitSlackEvent({ type: 'message', channel: 'C0EMU0GEN', user: 'U9', text: 'other team', ts: '1.1' }, { teamId: 'T0OTHER' });
    // Nobody listens to that workspace: acknowledged, not even stored.
    expect(JSON.parse(otherTeam.body)).toEqual({ received: true });
    expect(await world.server.database.db('trigger_deliveries').where({ routing_key: 'T0OTHER' }).first()).toBeUndefined();
    await eventually(() => expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toHaveLength(1));
    const [fired] = firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id);
    expect(fired!.data).toEqual({
      subscriptionId: created.body.id,
      endUserId: 'slack-user',
      connectionId: created.body.connectionId,
      integration: 'slack',
      trigger: 'message',
      itemId: `C0EMU0GEN:${posted.ts}`,
      payload: { team: 'T0EMU', channel: 'C0EMU0GEN', channelType: 'channel', user: 'U0EMUUSER', botId: null, text: 'Deploy is done', ts: posted.ts, threadTs: null },
    });
    const runs = await api(`/trigger-runs?subscriptionId=${created.body.id}`);
    expect(runs.body.runs).toEqual([expect.objectContaining({ kind: 'push', status: 'succeeded', items: 1, endUserId: 'slack-user', error: null })]);
    // The bot's own messages are left out unless asked for.
    await api('/integrations/slack/actions/send_message', { body: { endUserId: 'slack-user', input: { channel: 'general', text: 'from the bot' } } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toHaveLength(1);
  });

  it('a paused subscription’s pushes are logged as skipped and not delivered; resumed, they flow again', async () => {
    await connect(world.server, app.apiKey, 'pausing-user', 'slack');
    const created = await api('/trigger-subscriptions', { body: { endUserId: 'pausing-user', integration: 'slack', trigger: 'app_mention' } });
    expect((await api(`/trigger-subscriptions/${created.body.id}/pause`, { method: 'POST' })).body.status).toBe('paused');
    await world.emulator.emitSlackEvent({ type: 'app_mention', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: '<@U0EMUBOT> status?', ts: '1700000001.000100' });
    await eventually(async () => expect((await api(`/trigger-runs?subscriptionId=${created.body.id}`)).body.runs).toEqual([expect.objectContaining({ status: 'skipped', items: 0, error: expect.objectContaining({ code: 'subscription_paused' }) })]));
    expect((await api(`/trigger-subscriptions/${created.body.id}/resume`, { method: 'POST' })).body.status).toBe('active');
    await world.emulator.emitSlackEvent({ type: 'app_mention', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: '<@U0EMUBOT> again', ts: '1700000002.000100' });
    await eventually(() => expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id).map((event) => event.data.payload.text)).toEqual(['<@U0EMUBOT> again']));
  });
});

describe('github pushes (a hook per subscription)', () => {
  it('registers a hook, verifies its pushes, delivers each delivery once, and removes the hook on delete', async () => {
    await connect(world.server, app.apiKey, 'dev-user', 'github');
    const created = await api('/trigger-subscriptions', { body: { endUserId: 'dev-user', integration: 'github', trigger: 'issues', config: { owner: 'octocat', repo: 'Hello-World', actions: ['opened'] } } });
    expect(created.status).toBe(201);
    const [hook] = world.emulator.githubHooks();
    expect(hook).toMatchObject({ repository: 'octocat/Hello-World', events: ['issues'], url: `${world.server.url}/api/v1/inbound/github/${created.body.id}` });
    // GitHub pings a new hook at once: the subscription is already there to answer.
    await eventually(() => expect(world.emulator.githubHooks()[0]!.deliveries).toEqual([{ event: 'ping', deliveryId: expect.any(String), status: 204 }]));

    // An issue opened through the API: GitHub pushes `issues` to the hook.
    const issue = await api('/integrations/github/actions/create_issue', { body: { endUserId: 'dev-user', input: { owner: 'octocat', repo: 'Hello-World', title: 'Found a bug', labels: ['bug'] } } });
    expect(issue.status).toBe(200);
    await eventually(() => expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toHaveLength(1));
    const fired = firedEvents(world.receiver).find((event) => event.data.subscriptionId === created.body.id)!;
    expect(fired.data.payload).toMatchObject({ action: 'opened', repository: 'octocat/Hello-World', issue: { number: issue.body.data.number, title: 'Found a bug', labels: ['bug'] } });

    // A redelivery, a forged push and an action the subscription leaves out.
    const redelivered = await world.emulator.emitGithubEvent('octocat/Hello-World', 'issues', { action: 'opened', issue: { number: 1, title: 'Found a bug', state: 'open', html_url: 'x', body: null, user: { login: 'a' }, labels: [] } }, { deliveryId: fired.data.itemId });
    expect(JSON.parse(redelivered[0]!.body)).toEqual({ received: true, duplicate: true });
    const forged = await request(hook!.url, { rawBody: '{"action":"opened"}', headers: { 'x-github-event': 'issues', 'x-github-delivery': 'forged-1', 'x-hub-signature-256': `sha256=${createHmac('sha256', 'guess').update('{"action":"opened"}').digest('hex')}` } });
    expect(forged).toMatchObject({ status: 401, body: errorBody('authentication_error', 'invalid_signature') });
    expect(await world.server.database.db('trigger_deliveries').where({ delivery_id: 'forged-1' }).first()).toBeUndefined();
    await world.emulator.emitGithubEvent('octocat/Hello-World', 'issues', { action: 'closed', issue: { number: 1, title: 'Found a bug', state: 'closed', html_url: 'x', body: null, user: { login: 'a' }, labels: [] } });
    await eventually(async () => expect((await api(`/trigger-runs?subscriptionId=${created.body.id}`)).body.runs.map((run: { items: number }) => run.items)).toEqual([0, 1]));
    expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toHaveLength(1);

    expect((await api(`/trigger-subscriptions/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(world.emulator.githubHooks()).toEqual([]);
    expect((await request(hook!.url, { body: {} })).status).toBe(404);
    // The log outlives the subscription.
    expect((await api('/trigger-runs?endUserId=dev-user')).body.runs.map((run: { subscriptionId: string | null }) => run.subscriptionId)).toEqual([null, null]);
  });
});

describe('any push', () => {
  it('text PostgreSQL cannot store (NUL, a lone surrogate) arrives as U+FFFD instead of failing the push', async () => {
    await connect(world.server, app.apiKey, 'odd-text-user', 'slack');
    const created = await api('/trigger-subscriptions', { body: { endUserId: 'odd-text-user', integration: 'slack', trigger: 'app_mention' } });
    const pushed = await world.emulator.emitSlackEvent({ type: 'app_mention', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: 'nul \u0000 lone \ud800 end', ts: '1700000003.000100' });
    expect(pushed.status).toBe(200);
    await eventually(() => expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id).map((event) => event.data.payload.text)).toEqual(['nul \ufffd lone \ufffd end']));
  });

  it('pushes for an integration the app disabled are logged as skipped, not delivered', async () => {
    await connect(world.server, app.apiKey, 'disabled-user', 'slack');
    const created = await api('/trigger-subscriptions', { body: { endUserId: 'disabled-user', integration: 'slack', trigger: 'reaction_added' } });
    await api('/integrations/slack', { method: 'PATCH', body: { enabled: false } });
    try {
      await world.emulator.emitSlackEvent({ type: 'reaction_added', user: 'U0EMUUSER', reaction: 'tada', item: { type: 'message', channel: 'C0EMU0GEN', ts: '1.2' }, event_ts: '1.3' });
      await eventually(async () => expect((await api(`/trigger-runs?subscriptionId=${created.body.id}`)).body.runs).toEqual([expect.objectContaining({ status: 'skipped', error: expect.objectContaining({ code: 'integration_disabled' }) })]));
      expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toEqual([]);
    } finally {
      await api('/integrations/slack', { method: 'PATCH', body: { enabled: true } });
    }
  });
});
