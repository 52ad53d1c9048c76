import { isTriggerEvent, Patchbay, verifyWebhook } from '@patchbay/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, request, signUp } from '../../test/http.js';
import { connect, firedEvents, startTriggerWorld } from '../../test/triggerWorld.js';
import { eventually } from '../../test/webhookReceiver.js';

let world: Awaited<ReturnType<typeof startTriggerWorld>>;
let app: Awaited<ReturnType<typeof signUp>>;
let other: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  world = await startTriggerWorld();
  [app, other] = [await signUp(world.server.url, { webhookUrl: world.receiver.url }), await signUp(world.server.url)];
  world.receiver.setSecret(app.webhookSecret);
});
afterAll(() => world.close());

const call = (apiKey: string) => (path: string, options: Parameters<typeof request>[1] = {}) => request(`${world.server.url}/api/v1${path}`, { apiKey, ...options });
const api = (path: string, options: Parameters<typeof request>[1] = {}) => call(app.apiKey)(path, options);
const subscribe = (endUserId: string, integration: string, trigger: string, config: Record<string, unknown> = {}, apiKey = app.apiKey) =>
  call(apiKey)('/trigger-subscriptions', { body: { endUserId, integration, trigger, config } });

describe('the catalog lists triggers', () => {
  it('GET /integrations/{slug} has each trigger with its config and payload JSON Schemas; the list has summaries', async () => {
    const github = await api('/integrations/github');
    expect(github.body.triggers.map((trigger: { id: string }) => trigger.id)).toEqual(['issues', 'pull_request', 'push']);
    expect(github.body.triggers[0]).toMatchObject({
      kind: 'webhook',
      pollIntervalSeconds: null,
      configSchema: { type: 'object', required: ['owner', 'repo'], properties: { actions: { type: 'array' } } },
      payloadSchema: { type: 'object', properties: { issue: { type: 'object' } } },
    });
    const sheets = (await api('/integrations')).body.integrations.find((integration: { slug: string }) => integration.slug === 'google-sheets');
    expect(sheets.triggers).toEqual([{ id: 'new_row', name: 'New row', description: 'A row is added at the bottom of a sheet.', kind: 'polling' }]);
  });
});

describe('creating a subscription', () => {
  it('refuses what cannot work, with the one error body and nothing stored', async () => {
    await connect(world.server, app.apiKey, 'careful-user', 'github');
    expect(await subscribe('careful-user', 'nope', 'issues')).toMatchObject({ status: 404, body: errorBody('not_found_error', 'not_found') });
    expect(await subscribe('careful-user', 'github', 'stars')).toMatchObject({ status: 404, body: { error: { message: 'GitHub has no trigger "stars".' } } });
    const invalid = await subscribe('careful-user', 'github', 'issues', { owner: 'octo cat', actions: ['exploded'] });
    expect(invalid).toMatchObject({ status: 400, body: errorBody('invalid_request_error', 'invalid_request') });
    expect(invalid.body.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['body/config/actions/0', 'body/config/owner', 'body/config/repo']);
    expect(await subscribe('nobody', 'github', 'issues', { owner: 'octocat', repo: 'x' })).toMatchObject({ status: 404, body: { error: { message: 'End user "nobody" has no GitHub connection.' } } });
    expect((await api('/trigger-subscriptions', { body: { endUserId: 'careful-user', integration: 'github', trigger: 'issues', config: {}, extra: 1 } })).status).toBe(400);
    // The provider refuses the hook (no such repository): 422, and no subscription is left behind.
    world.emulator.failNext('/github/api/repos/octocat/gone/hooks', { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    expect(await subscribe('careful-user', 'github', 'issues', { owner: 'octocat', repo: 'gone' })).toMatchObject({ status: 422, body: { error: { type: 'provider_error', code: 'not_found', providerStatus: 404 } } });
    expect((await api('/trigger-subscriptions?endUserId=careful-user')).body.subscriptions).toEqual([]);
    expect(await world.server.database.db('trigger_subscriptions').where({ app_id: app.appId })).toEqual([]);
    expect((await api('/integrations/github', { method: 'PATCH', body: { enabled: false } })).status).toBe(200);
    expect(await subscribe('careful-user', 'github', 'issues', { owner: 'octocat', repo: 'x' })).toMatchObject({ status: 403, body: { error: { code: 'integration_disabled' } } });
    await api('/integrations/github', { method: 'PATCH', body: { enabled: true } });
  });

  it('lists with filters and keyset pages, newest first', async () => {
    await connect(world.server, app.apiKey, 'listed-user', 'slack');
    const ids = [];
    for (const trigger of ['message', 'app_mention', 'reaction_added']) ids.push((await subscribe('listed-user', 'slack', trigger)).body.id);
    const first = await api('/trigger-subscriptions?endUserId=listed-user&limit=2');
    expect(first.body.subscriptions.map((subscription: { id: string }) => subscription.id)).toEqual([ids[2], ids[1]]);
    const second = await api(`/trigger-subscriptions?endUserId=listed-user&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({ subscriptions: [expect.objectContaining({ id: ids[0], endUserId: 'listed-user', integration: 'slack', trigger: 'message' })], nextCursor: null });
    expect((await api('/trigger-subscriptions?endUserId=listed-user&trigger=app_mention')).body.subscriptions.map((s: { id: string }) => s.id)).toEqual([ids[1]]);
    await api(`/trigger-subscriptions/${ids[0]}/pause`, { method: 'POST' });
    expect((await api('/trigger-subscriptions?endUserId=listed-user&status=paused')).body.subscriptions.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
    expect((await api('/trigger-subscriptions?cursor=bm90IGEgY3Vyc29y')).body.error.code).toBe('invalid_cursor');
    expect((await api('/trigger-subscriptions?status=sleeping')).status).toBe(400);
  });
});

describe('isolation', () => {
  it('another app sees, changes and receives none of it; another end user’s filter shows none', async () => {
    await connect(world.server, app.apiKey, 'private-user', 'slack');
    const mine = await subscribe('private-user', 'slack', 'message');
    const theirs = call(other.apiKey);
    for (const [method, path] of [['GET', ''], ['POST', '/pause'], ['POST', '/resume'], ['DELETE', '']] as const) {
      expect(await theirs(`/trigger-subscriptions/${mine.body.id}${path}`, { method })).toMatchObject({ status: 404, body: errorBody('not_found_error', 'not_found') });
    }
    expect((await theirs('/trigger-subscriptions')).body.subscriptions).toEqual([]);
    expect((await theirs(`/trigger-runs?subscriptionId=${mine.body.id}`)).body.runs).toEqual([]);
    // The other app cannot subscribe with this app's end user, who has no connection there.
    expect((await subscribe('private-user', 'slack', 'message', {}, other.apiKey)).status).toBe(404);
    expect((await api('/trigger-subscriptions?endUserId=someone-else')).body.subscriptions).toEqual([]);
    expect((await api(`/trigger-subscriptions/${mine.body.id}`)).body.status).toBe('active');
  });

  it('the same Slack workspace connected in two apps: each app gets its own event, for its own end user', async () => {
    await connect(world.server, app.apiKey, 'shared-a', 'slack');
    await connect(world.server, other.apiKey, 'shared-b', 'slack');
    const mine = await subscribe('shared-a', 'slack', 'message', { channel: 'C0EMU0RND' });
    const theirs = await subscribe('shared-b', 'slack', 'message', { channel: 'C0EMU0RND' }, other.apiKey);
    await world.emulator.postAsUser('random', 'one push, two apps');
    await eventually(async () => {
      const events = await world.server.database.db('webhook_events').where({ type: 'trigger.fired' }).whereRaw("payload->'data'->>'subscriptionId' in (?, ?)", [mine.body.id, theirs.body.id]);
      expect(events.map((event: { app_id: string; payload: { data: { endUserId: string } } }) => [event.app_id, event.payload.data.endUserId]).sort()).toEqual([[app.appId, 'shared-a'], [other.appId, 'shared-b']].sort());
    });
  });
});

describe('lifecycle', () => {
  it('pause is idempotent; delete is 204 then 404', async () => {
    await connect(world.server, app.apiKey, 'cycle-user', 'slack');
    const created = await subscribe('cycle-user', 'slack', 'app_mention');
    expect((await api(`/trigger-subscriptions/${created.body.id}/pause`, { method: 'POST' })).body.status).toBe('paused');
    expect((await api(`/trigger-subscriptions/${created.body.id}/pause`, { method: 'POST' })).body.status).toBe('paused');
    expect((await api(`/trigger-subscriptions/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/trigger-subscriptions/${created.body.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await api('/trigger-subscriptions/sub_unknown', { method: 'DELETE' })).status).toBe(404);
  });

  it('deleting a connection, or an end user, removes their subscriptions and the hooks at the provider', async () => {
    const connectionId = await connect(world.server, app.apiKey, 'leaving-user', 'github');
    await subscribe('leaving-user', 'github', 'push', { owner: 'octocat', repo: 'leaving' });
    await connect(world.server, app.apiKey, 'leaving-user', 'slack');
    await subscribe('leaving-user', 'slack', 'message');
    expect(world.emulator.githubHooks().filter((hook) => hook.repository === 'octocat/leaving')).toHaveLength(1);
    expect((await api(`/connections/${connectionId}`, { method: 'DELETE' })).status).toBe(204);
    expect(world.emulator.githubHooks().filter((hook) => hook.repository === 'octocat/leaving')).toEqual([]);
    expect((await api('/trigger-subscriptions?endUserId=leaving-user')).body.subscriptions.map((s: { integration: string }) => s.integration)).toEqual(['slack']);
    expect((await api('/end-users/leaving-user', { method: 'DELETE' })).status).toBe(204);
    expect((await api('/trigger-subscriptions?endUserId=leaving-user')).body.subscriptions).toEqual([]);
  });

  it('usage counts trigger events', async () => {
    await connect(world.server, app.apiKey, 'counted-user', 'slack');
    const created = await subscribe('counted-user', 'slack', 'message', { channel: 'C0EMU0GEN' });
    await world.emulator.postAsUser('general', 'count me');
    await world.emulator.postAsUser('general', 'and me');
    await eventually(() => expect(firedEvents(world.receiver).filter((event) => event.data.subscriptionId === created.body.id)).toHaveLength(2));
    const today = new Date().toISOString().slice(0, 10);
    const usage = await api(`/usage?from=${today}&to=${today}`);
    expect(usage.body.periods[0].triggerEvents).toBe(firedEvents(world.receiver).length);
    expect((await call(other.apiKey)(`/usage?from=${today}&to=${today}`)).body.periods[0].triggerEvents).toBe(1);
  });
});

describe('@patchbay/node against the real API', () => {
  it('subscribes with a typed config, lists, pauses and resumes, reads runs, and narrows the verified event', async () => {
    const patchbay = new Patchbay({ apiKey: app.apiKey, baseUrl: world.server.url });
    await connect(world.server, app.apiKey, 'sdk-user', 'slack');
    const subscription = await patchbay.triggers.subscribe('slack', 'reaction_added', { endUserId: 'sdk-user', config: { reaction: 'rocket' } });
    expect(subscription).toMatchObject({ status: 'active', config: { reaction: 'rocket' } });
    const listed = [];
    for await (const item of await patchbay.triggers.subscriptions.list({ endUserId: 'sdk-user' })) listed.push(item.id);
    expect(listed).toEqual([subscription.id]);
    expect((await patchbay.triggers.subscriptions.pause(subscription.id)).status).toBe('paused');
    expect((await patchbay.triggers.subscriptions.resume(subscription.id)).status).toBe('active');

    await world.emulator.emitSlackEvent({ type: 'reaction_added', user: 'U0EMUUSER', reaction: 'rocket', item_user: 'U0EMUBOT', item: { type: 'message', channel: 'C0EMU0GEN', ts: '1700000009.000100' }, event_ts: '1700000010.000100' });
    const hit = await eventually(() => {
      const found = world.receiver.received.find((received) => received.body.includes(subscription.id));
      expect(found).toBeDefined();
      return found!;
    });
    const event = verifyWebhook(hit.body, hit.headers as Record<string, string>, app.webhookSecret);
    expect(isTriggerEvent(event, 'slack', 'message')).toBe(false);
    if (!isTriggerEvent(event, 'slack', 'reaction_added')) throw new Error(`not a reaction: ${hit.body}`);
    expect(event.data.payload.reaction).toBe('rocket');
    expect(event.data.payload.item.ts).toBe('1700000009.000100');
    expect((await patchbay.triggers.runs.list({ subscriptionId: subscription.id })).data).toEqual([expect.objectContaining({ kind: 'push', items: 1 })]);
    await patchbay.triggers.subscriptions.delete(subscription.id);
    await expect(patchbay.triggers.subscriptions.get(subscription.id)).rejects.toMatchObject({ status: 404 });
  });
});
