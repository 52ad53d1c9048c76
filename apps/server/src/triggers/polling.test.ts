import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, firedEvents, revokeAtProvider, signUpCustomer, startTriggerWorld, type TriggerWorld } from '../../test/triggerWorld.js';
import { eventually } from '../../test/webhookReceiver.js';
import { maintainTriggers } from '../jobs/maintainTriggers.js';
import { unschedulePoll } from './pollSchedule.js';

let world: TriggerWorld;
let app: Awaited<ReturnType<typeof signUpCustomer>>['app'];
let api: Awaited<ReturnType<typeof signUpCustomer>>['api'];
beforeAll(async () => {
  world = await startTriggerWorld();
  ({ app, api } = await signUpCustomer(world));
});
afterAll(() => world.close());
// Deliveries run concurrently, so they may arrive in any order: compared sorted.
const rowsOf = (subscriptionId: string) =>
  firedEvents(world.receiver)
    .filter((event) => event.data.subscriptionId === subscriptionId)
    .map((event) => event.data.payload.rowNumber as number)
    .sort((a, b) => a - b);
let sheetCount = 0;

async function sheetSubscription(endUserId: string) {
  sheetCount += 1;
  const spreadsheetId = `sheet${sheetCount}-1BxiMVs0XRA5nFMdKvBdBZjgmUUq`;
  world.emulator.seedSpreadsheet(spreadsheetId, { Orders: [['Order', 'Amount'], ['A-1', '10']] });
  const connectionId = await connect(world.server, app.apiKey, endUserId, 'google-sheets');
  const created = await api('/trigger-subscriptions', { body: { endUserId, integration: 'google-sheets', trigger: 'new_row', config: { spreadsheetId, sheet: 'Orders' } } });
  expect(created.status).toBe(201);
  return { spreadsheetId, connectionId, subscription: created.body };
}

describe('polling (Google Sheets new_row)', () => {
  it('delivers only rows added after subscribing, each once, with the header as keys', async () => {
    const { spreadsheetId, subscription } = await sheetSubscription('sheets-user');
    expect(subscription).toMatchObject({ kind: 'polling', status: 'active', nextPollAt: expect.any(String) });
    world.emulator.appendToSheet(spreadsheetId, 'Orders', [['A-2', '20'], ['A-3', '30']]);
    await eventually(() => expect(rowsOf(subscription.id)).toEqual([3, 4]));
    world.emulator.appendToSheet(spreadsheetId, 'Orders', [['A-4', '40']]);
    await eventually(() => expect(rowsOf(subscription.id)).toEqual([3, 4, 5]));
    const row = firedEvents(world.receiver).find((event) => event.data.itemId === 'row-5' && event.data.subscriptionId === subscription.id)!;
    expect(row.data.payload).toEqual({ rowNumber: 5, values: ['A-4', '40'], record: { Order: 'A-4', Amount: '40' } });
    const runs = (await api(`/trigger-runs?subscriptionId=${subscription.id}&limit=100`)).body.runs;
    expect(runs.every((run: { kind: string; status: string }) => run.kind === 'poll' && run.status === 'succeeded')).toBe(true);
    expect(runs.reduce((total: number, run: { items: number }) => total + run.items, 0)).toBe(3);
    // Several more polls with nothing new deliver nothing more.
    await eventually(async () => expect((await api(`/trigger-runs?subscriptionId=${subscription.id}&limit=100`)).body.runs.length).toBeGreaterThan(runs.length + 2));
    expect(rowsOf(subscription.id)).toEqual([3, 4, 5]);
  });

  it('backs off on 429 as the provider asks, logs the failure, and catches up from the cursor', async () => {
    const { spreadsheetId, subscription } = await sheetSubscription('throttled-user');
    world.emulator.failNext(`/google-sheets/api/v4/spreadsheets/${spreadsheetId}/values:batchGet`, { status: 429, body: { error: { code: 429, message: 'Quota exceeded for quota metric Read requests', status: 'RESOURCE_EXHAUSTED' } }, headers: { 'retry-after': '2' } });
    world.emulator.appendToSheet(spreadsheetId, 'Orders', [['B-1', '5']]);
    await eventually(async () => {
      const failed = (await api(`/trigger-subscriptions/${subscription.id}`)).body;
      expect(failed).toMatchObject({ status: 'active', lastError: expect.stringMatching(/^rate_limited: /) });
      // Retry-After (2 s) is longer than the doubled interval: it wins.
      expect(Date.parse(failed.nextPollAt) - Date.parse(failed.lastRunAt)).toBeGreaterThanOrEqual(1900);
    });
    expect(rowsOf(subscription.id)).toEqual([]);
    await eventually(() => expect(rowsOf(subscription.id)).toEqual([3]));
    expect((await api(`/trigger-subscriptions/${subscription.id}`)).body.lastError).toBeNull();
    expect((await api(`/trigger-runs?subscriptionId=${subscription.id}&status=failed`)).body.runs).toEqual([
      expect.objectContaining({ kind: 'poll', items: 0, error: { code: 'rate_limited', message: expect.stringContaining('Quota exceeded') } }),
    ]);
  });

  it('a revoked grant pauses the subscription (needs_reauth); reconnecting resumes it and delivers what was missed', async () => {
    const { spreadsheetId, connectionId, subscription } = await sheetSubscription('revoking-user');
    await revokeAtProvider(world.server, world.emulator, connectionId);
    await eventually(async () => expect((await api(`/trigger-subscriptions/${subscription.id}`)).body.status).toBe('needs_reauth'));
    expect((await api(`/connections/${connectionId}`)).body.status).toBe('needs_reauth');
    expect((await api(`/trigger-subscriptions/${subscription.id}/resume`, { method: 'POST' })).body.error.code).toBe('connection_needs_reauth');
    world.emulator.appendToSheet(spreadsheetId, 'Orders', [['C-1', '1'], ['C-2', '2']]);
    const polls = (await api(`/trigger-runs?subscriptionId=${subscription.id}`)).body.runs.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await api(`/trigger-runs?subscriptionId=${subscription.id}`)).body.runs.length).toBe(polls);

    expect(await connect(world.server, app.apiKey, 'revoking-user', 'google-sheets')).toBe(connectionId);
    expect((await api(`/trigger-subscriptions/${subscription.id}`)).body.status).toBe('active');
    await eventually(() => expect(rowsOf(subscription.id)).toEqual([3, 4]));
  });

  it('a subscription paused by the customer stays paused through a reconnect', async () => {
    const { connectionId, subscription } = await sheetSubscription('paused-user');
    await api(`/trigger-subscriptions/${subscription.id}/pause`, { method: 'POST' });
    await revokeAtProvider(world.server, world.emulator, connectionId);
    await world.server.database.db('connections').where({ id: connectionId }).update({ status: 'needs_reauth' });
    await connect(world.server, app.apiKey, 'paused-user', 'google-sheets');
    expect((await api(`/trigger-subscriptions/${subscription.id}`)).body).toMatchObject({ status: 'paused', nextPollAt: null });
  });

  it('a config the provider refuses at the baseline is a 422 and stores nothing', async () => {
    await connect(world.server, app.apiKey, 'typo-user', 'google-sheets');
    const refused = await api('/trigger-subscriptions', { body: { endUserId: 'typo-user', integration: 'google-sheets', trigger: 'new_row', config: { spreadsheetId: 'no-such-spreadsheet-00000' } } });
    expect(refused).toMatchObject({ status: 422, body: { error: { type: 'provider_error', code: 'not_found', providerStatus: 404 } } });
    expect((await api('/trigger-subscriptions?endUserId=typo-user')).body.subscriptions).toEqual([]);
  });

  it('maintenance restarts a poll chain whose job is gone, and forgets old run lines and delivery ids', async () => {
    const { spreadsheetId, subscription } = await sheetSubscription('stalled-user');
    const { db } = world.server.services;
    await unschedulePoll(db, subscription.id);
    await db('trigger_subscriptions').where({ id: subscription.id }).update({ next_poll_at: new Date(Date.now() - 20 * 60_000) });
    await db('trigger_runs').where({ subscription_id: subscription.id }).update({ started_at: new Date(Date.now() - 31 * 86_400_000) });
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await db('trigger_deliveries').insert({ id: 'inb_old', integration_slug: 'slack', scope: '', delivery_id: 'Ev0OLD', event_type: 'message', received_at: eightDaysAgo, processed_at: eightDaysAgo });
    world.emulator.appendToSheet(spreadsheetId, 'Orders', [['D-1', '1']]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(rowsOf(subscription.id)).toEqual([]);
    await maintainTriggers(world.server.services)({}, {} as never);
    await eventually(() => expect(rowsOf(subscription.id)).toEqual([3]));
    expect((await db('trigger_runs').where({ subscription_id: subscription.id }).where('started_at', '<', new Date(Date.now() - 30 * 86_400_000))).length).toBe(0);
    expect(await db('trigger_deliveries').where({ id: 'inb_old' }).first()).toBeUndefined();
  });
});
