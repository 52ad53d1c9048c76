// The docs site as a reader meets it: served by the real server at /docs, searched, followed from
// the reference to an operation and to an integration page in Chromium, read on a phone and
// without JavaScript. Screenshots go to .screenshots/docs (git-ignored) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium } from '../../test/chromium.js';
import { request } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

const screenshotDir = fileURLToPath(new URL('../../../../.screenshots/docs/', import.meta.url));

let server: TestServer | undefined;
let browser: Browser | undefined;
let page: Page;
const browserProblems: string[] = [];

beforeAll(async () => {
  if (!haveChromium) return;
  // The server serves apps/docs/dist: build it unless it was built from the current sources.
  execFileSync(process.execPath, [fileURLToPath(new URL('../../../docs/scripts/buildIfStale.mjs', import.meta.url))], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  mkdirSync(screenshotDir, { recursive: true });
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  // A CSP violation shows up as a console error: the policy must allow what the site runs.
  page.on('pageerror', (error) => browserProblems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserProblems.push(`console: ${message.text()}`);
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string, target: Page = page) => target.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: false });

describe.skipIf(!haveChromium)('docs site in Chromium', { timeout: 60_000 }, () => {
  it('is served at /docs with a CSP for its inline scripts, cached assets and 404s', async () => {
    const home = await fetch(`${server!.url}/docs/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const policy = home.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await home.text();
    const asset = /\/docs\/_astro\/[^"]+\.css/.exec(html)?.[0];
    const cached = await fetch(`${server!.url}${asset}`);
    expect(cached.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const bare = await fetch(`${server!.url}/docs`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/docs/');
    const missingAsset = await request(`${server!.url}/docs/_astro/missing.js`);
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.body.error.code).toBe('not_found');
    const missingPage = await fetch(`${server!.url}/docs/no-such-page/`, { headers: { accept: 'text/html' } });
    expect(missingPage.status).toBe(404);
    expect(await missingPage.text()).toContain('404');
    const missingForApi = await request(`${server!.url}/docs/no-such-page/`);
    expect(missingForApi.body.error.code).toBe('not_found');
  });

  it('opens the home page and finds an action with the offline search', async () => {
    await page.goto(`${server!.url}/docs/`);
    await page.getByRole('heading', { name: 'Patchbay', level: 1 }).waitFor();
    await shot('01-home');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('send_message');
    const result = dialog.locator('.pagefind-ui__result-link').filter({ hasText: 'Slack' }).first();
    await result.waitFor({ timeout: 15_000 });
    await shot('02-search');
    await result.click();
    await page.getByRole('heading', { name: 'Slack', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/docs/integrations/slack/');
  });

  it('follows the reference to an operation, then to an integration page', async () => {
    await page.goto(`${server!.url}/docs/guides/quick-start/`);
    await page.getByRole('heading', { name: 'Quick start', level: 1 }).waitFor();
    await shot('03-guide');

    await page.goto(`${server!.url}/docs/reference/`);
    const sidebar = page.locator('#starlight__sidebar');
    await sidebar.getByText('Actions', { exact: true }).click();
    await sidebar.getByRole('link', { name: /Run an action for an end user/ }).click();
    await page.getByRole('heading', { name: 'Run an action for an end user', level: 1 }).waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain('Idempotency-Key');
    expect(await main.innerText()).toContain('curl -X POST');
    await shot('04-reference-operation');

    await sidebar.getByText('Integrations', { exact: true }).first().click();
    await sidebar.getByRole('link', { name: 'Notion' }).click();
    await page.getByRole('heading', { name: 'Notion', level: 1 }).waitFor();
    expect(await main.innerText()).toContain('NOTION_CLIENT_ID');
    await page.getByRole('heading', { name: 'create_page' }).scrollIntoViewIfNeeded();
    await shot('05-integration');
    expect(browserProblems).toEqual([]);
  });

  it('reads on a phone and without JavaScript', async () => {
    const phone = await browser!.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${server!.url}/docs/integrations/slack/`);
    await phone.getByRole('heading', { name: 'Slack', level: 1 }).waitFor();
    // Nothing wider than the screen: the page does not scroll sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('06-phone', phone);
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('link', { name: 'Quick start' }).waitFor();
    await shot('07-phone-menu', phone);
    await phone.close();

    const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 860 } });
    const noScript = await context.newPage();
    await noScript.goto(`${server!.url}/docs/guides/receiving-webhooks/`);
    await noScript.getByRole('heading', { name: 'Receiving webhooks', level: 1 }).waitFor();
    expect(await noScript.locator('main').innerText()).toContain('webhook-signature');
    await noScript.getByRole('link', { name: 'Connecting end users' }).first().click();
    await noScript.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(noScript.url()).pathname).toBe('/docs/guides/connections/');
    await shot('08-no-javascript', noScript);
    await context.close();
  });
});
