// The dashboard in real Chromium against the real server: sign up, sign in, executions with
// filters, API keys, webhooks with a delivery, and a screenshot of every page under
// .screenshots/dashboard (git-ignored) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../../test/chromium.js';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';

const dashboardDir = fileURLToPath(new URL('../../../dashboard/', import.meta.url));
const screenshotDir = fileURLToPath(new URL('../../../../.screenshots/dashboard/', import.meta.url));

let server: TestServer;
let closeServer: (() => Promise<void>) | undefined;
let browser: Browser | undefined;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
let page: Page;
const browserProblems: string[] = [];

beforeAll(async () => {
  if (!haveChromium) return;
  // The server serves apps/dashboard/dist: build it from the current source.
  execFileSync(fileURLToPath(new URL('node_modules/.bin/vite', `file://${dashboardDir}`)), ['build', '--logLevel', 'error'], {
    cwd: dashboardDir,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  mkdirSync(screenshotDir, { recursive: true });
  let started;
  [started, browser, receiver] = await Promise.all([
    startServerWithEmulatedSlack({ worker: true }),
    launchChromium(),
    startWebhookReceiver(),
  ]);
  ({ server, close: closeServer } = started);
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => browserProblems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/401|403|Failed to load resource/.test(message.text())) browserProblems.push(`console: ${message.text()}`);
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await closeServer?.();
});

const poll = { timeout: 15_000 };
/** Waits until the locator's text contains (or matches) what is expected. */
const seeText = (locator: Locator, expected: string | RegExp) =>
  typeof expected === 'string' ? expect.poll(() => locator.innerText(), poll).toContain(expected) : expect.poll(() => locator.innerText(), poll).toMatch(expected);
const seeCount = (locator: Locator, count: number) => expect.poll(() => locator.count(), poll).toBe(count);
const seeChecked = (locator: Locator, checked: boolean) => expect.poll(() => locator.isChecked(), poll).toBe(checked);

const shot = (name: string) => page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
const email = `owner-${Date.now()}@company-x.com`;
const password = 'correct horse battery';
let apiKey = '';
let appPath = '';

describe.skipIf(!haveChromium)('dashboard in Chromium', { timeout: 60_000 }, () => {
  it('is served with a strict CSP and a history fallback', async () => {
    const deepLink = await fetch(`${server.url}/dashboard/apps/app_x/executions?status=failed`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(deepLink.headers.get('cache-control')).toBe('no-cache');
    expect(await deepLink.text()).toContain('<div id="root">');
    const missingAsset = await request(`${server.url}/dashboard/assets/missing.js`);
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.body.error.code).toBe('not_found');
  });

  it('signs up, signs out and signs in again', async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot('01-sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Company name').fill('Company X');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('First app name').fill('Company X CRM');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome to Patchbay' }).waitFor();
    apiKey = await page.getByLabel('API key').inputValue();
    expect(apiKey).toMatch(/^app_/);
    await shot('02-sign-up-done');
    await page.getByRole('link', { name: 'Open Company X CRM' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    appPath = new URL(page.url()).pathname.replace(/\/overview$/, '');
    expect(appPath).toMatch(/^\/dashboard\/apps\/app_[a-z0-9]+$/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // A deep link while signed out comes back after sign-in.
    await page.goto(`${server.url}${appPath}/api-keys`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await seeText(page.getByRole('alert'), /password/i);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
  });

  it('shows executions made through the API, with filters in the URL and a detail panel', async () => {
    await connectSlack(server, apiKey, 'alice');
    for (const channel of ['general', 'nope', 'random']) {
      await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId: 'alice', input: { channel, text: 'hello' } } });
    }
    await page.goto(`${server.url}${appPath}/overview`);
    await seeText(page.getByRole('region', { name: 'Totals' }), '3');
    await page.locator('.recharts-surface').first().waitFor();
    await shot('03-overview');

    await page.getByRole('link', { name: 'Executions' }).click();
    await seeText(page.getByRole('table'), 'send_message');
    await page.getByLabel('Status').selectOption('failed');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('failed');
    await seeCount(page.locator('tbody tr'), 1);
    await seeText(page.locator('tbody'), 'channel_not_found');
    await page.getByRole('button', { name: /Details of send_message/ }).click();
    const detail = page.getByRole('dialog', { name: 'Execution' });
    await seeText(detail, 'channel_not_found');
    await seeText(detail, '"channel": "nope"');
    await shot('04-execution-detail');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });

    // The shared URL reproduces the view.
    await page.goto(`${server.url}${appPath}/executions?status=success&integration=slack&endUserId=alice`);
    await seeCount(page.locator('tbody tr'), 2);
    expect(await page.getByLabel('Status').inputValue()).toBe('success');
    await shot('05-executions');
    await page.goto(`${server.url}${appPath}/executions?endUserId=nobody`);
    await page.getByText('No executions match these filters').waitFor();
  });

  it('creates an API key that works, and revokes it', async () => {
    await page.goto(`${server.url}${appPath}/api-keys`);
    await page.getByRole('button', { name: 'Create API key' }).click();
    await page.getByLabel('Name').fill('CI pipeline');
    await page.getByRole('button', { name: 'Create key' }).click();
    const created = await page.getByLabel('CI pipeline').inputValue();
    expect((await request(`${server.url}/api/v1/executions`, { apiKey: created })).status).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.reload();
    const row = page.locator('tr', { hasText: 'CI pipeline' });
    await seeText(row, /just now|seconds? ago|minute/);
    await shot('06-api-keys');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await seeText(row, /revoked/i);
    expect((await request(`${server.url}/api/v1/executions`, { apiKey: created })).status).toBe(401);
  });

  it('adds a webhook endpoint, sends a test event and shows its delivery', async () => {
    await page.goto(`${server.url}${appPath}/webhooks`);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill(receiver!.url);
    await page.getByRole('dialog').getByRole('button', { name: 'Add endpoint' }).click();
    receiver!.setSecret(await page.getByLabel('Signing secret').inputValue());
    await page.getByRole('button', { name: 'Done' }).click();
    const card = page.locator('.endpoint', { hasText: receiver!.url });
    await card.getByRole('button', { name: 'Send test event' }).click();
    await eventually(() => expect(receiver!.received.some((hook) => hook.verified && hook.body.includes('webhook.test'))).toBe(true));
    const testRow = page.locator('tr', { hasText: 'webhook.test' });
    await seeText(testRow, /delivered/i);
    await testRow.getByRole('button', { name: 'Attempts' }).click();
    await seeText(page.locator('.attempts'), 'HTTP 204');
    await shot('07-webhooks');
  });

  it('disables an integration for the app, and shows end users and usage', async () => {
    await page.goto(`${server.url}${appPath}/integrations`);
    const slackSwitch = page.getByRole('switch', { name: 'Offer Slack to end users' });
    await seeChecked(slackSwitch, true);
    await shot('08-integrations');
    await slackSwitch.click({ force: true });
    await seeChecked(slackSwitch, false);
    const refused = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey, body: { endUserId: 'alice', input: { channel: 'general', text: 'x' } } });
    expect(refused.body.error.code).toBe('integration_disabled');
    await slackSwitch.click({ force: true });
    await seeChecked(slackSwitch, true);

    await page.goto(`${server.url}${appPath}/end-users`);
    await seeText(page.locator('tbody'), 'alice');
    await seeText(page.locator('tbody'), 'Slack');
    await shot('09-end-users');
    await page.getByRole('searchbox', { name: 'Search' }).fill('nobody');
    await page.keyboard.press('Enter');
    await page.getByText('No end user matches “nobody”').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('ALI');
    await page.keyboard.press('Enter');
    await seeText(page.locator('tbody'), 'alice');

    await page.goto(`${server.url}${appPath}/usage`);
    await seeText(page.getByRole('region', { name: /Bill for/ }), 'Executions');
    await shot('10-usage');

    // A phone-sized window: the sidebar stacks above the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}${appPath}/executions`);
    await seeText(page.locator('tbody'), 'send_message');
    await shot('11-executions-phone');
    expect(browserProblems).toEqual([]);
  });
});
