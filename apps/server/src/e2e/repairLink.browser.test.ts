// A connection whose grant was revoked, repaired by the end user through the repair link in a
// real browser: the hosted Connect Link shows "Reconnect", and reconnecting keeps the connection.
import type { Emulator } from '@patchbay/emulator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../../test/chromium.js';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { openCredentials } from '../connections/credentials.js';

let server: TestServer;
let emulator: Emulator;
let closeServer: () => Promise<void>;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  let started;
  [started, browser] = await Promise.all([startServerWithEmulatedSlack({ worker: true, environment: { WORKER_POLL_INTERVAL_MS: '100' } }), launchChromium()]);
  ({ server, emulator, close: closeServer } = started);
});
afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

describe.skipIf(!haveChromium)('repair link in Chromium', () => {
  it('the end user reconnects a revoked Slack from the link: same connection, active and healthy', async () => {
    const receiver = await startWebhookReceiver();
    const app = await signUp(server.url, { webhookUrl: receiver.url });
    const connectionId = await connectSlack(server, app.apiKey, 'browser-repair');
    const row = await server.database.db('connections').where({ id: connectionId }).first();
    const credentials = openCredentials(server.services.secrets, row.app_id, row.id, row.credentials);
    if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
    emulator.revokeGrant(credentials.refreshToken!);
    expect((await request(`${server.url}/api/v1/connections/${connectionId}/health-check`, { apiKey: app.apiKey, method: 'POST' })).body.status).toBe('needs_reauth');
    const repairUrl = await eventually(() => {
      const webhook = receiver.received.map((received) => JSON.parse(received.body)).find((body) => body.event === 'connection.needs_reauth');
      expect(webhook?.data.repairLink.url).toBeDefined();
      return webhook.data.repairLink.url as string;
    });
    await receiver.close();

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The link the connection.needs_reauth webhook carried.
      await page.goto(repairUrl);
      const slack = page.getByRole('listitem', { name: 'Slack' });
      await slack.getByText('Needs reconnecting', { exact: true }).waitFor();
      await expect(page.getByRole('listitem').count()).resolves.toBe(1);
      await slack.getByRole('button', { name: 'Reconnect Slack' }).click();
      await slack.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    const repaired = await request(`${server.url}/api/v1/connections?endUserId=browser-repair`, { apiKey: app.apiKey });
    expect(repaired.body.connections).toEqual([expect.objectContaining({ id: connectionId, status: 'active', health: expect.objectContaining({ status: 'healthy' }) })]);
    const sent = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'browser-repair', input: { channel: 'general', text: 'repaired' } } });
    expect(sent.status).toBe(200);
  });
});
