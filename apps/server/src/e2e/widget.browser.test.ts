// The connect widget in a real browser: the React example page on its own origin connecting Slack
// through the popup, refused on an origin the app does not allow, and the hosted Connect Link page
// through redirects; screenshots of the example (light, dark, phone) under .screenshots/widget
// (git-ignored) for a person to look at. Needs Chromium (`apt-get install chromium`;
// PATCHBAY_CHROMIUM overrides the path).
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchbayRoutes } from '../../../../examples/react-frontend/server/patchbayRoutes.js';
import { haveChromium, launchChromium } from '../../test/chromium.js';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

const exampleDir = new URL('../../../../examples/react-frontend/', import.meta.url);
const screenshotDir = fileURLToPath(new URL('../../../../.screenshots/widget/', import.meta.url));

interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { path: string; text: string }[] }>;
}

/** The example app (examples/react-frontend) bundled for the browser, as `vite build` would. */
async function bundleExample(): Promise<{ js: string; css: string }> {
  // esbuild comes with @patchbay/react's build tools.
  const esbuild = createRequire(new URL('../../../../packages/react/package.json', import.meta.url))('esbuild') as Esbuild;
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('src/main.tsx', exampleDir))],
    bundle: true,
    write: false,
    outdir: '/bundle',
    format: 'esm',
    jsx: 'automatic',
    target: 'es2022',
    conditions: ['@patchbay/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const file = (extension: string) => result.outputFiles.find((output) => output.path.endsWith(extension))!.text;
  return { js: file('.js'), css: file('.css') };
}

/** The customer's frontend on its own origin: the example page plus its backend routes. */
async function startFrontend(bundle: { js: string; css: string }, patchbay: { apiKey: string; baseUrl: string }) {
  const routes = patchbayRoutes(patchbay);
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme</title><link rel="stylesheet" href="/main.css"></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>';
  const server: Server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
    if (path === '/main.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle.js);
    if (path === '/main.css') return void res.writeHead(200, { 'Content-Type': 'text/css' }).end(bundle.css);
    void routes(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Browser errors worth failing on: CSP violations, blocked or failed loads, uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text())) errors.push(message.text());
  });
  page.on('requestfailed', (failed) => errors.push(`${failed.url()}: ${failed.failure()?.errorText}`));
  // The browser asks for /favicon.ico by itself; neither page has one.
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.url()}: ${response.status()}`);
  });
  return errors;
}

/** Every integration logo on the page was loaded and decoded (none blocked, e.g. by CORP). */
async function brokenIcons(page: Page): Promise<string[]> {
  return page.locator('img.pb-icon').evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map((image) =>
        image.decode().then(
          () => (image.naturalWidth > 0 ? null : image.src),
          () => image.src,
        ),
      ),
    ).then((sources) => sources.filter((source): source is string => source !== null)),
  );
}

let server: TestServer;
let closeServer: () => Promise<void>;
let browser: Browser;
let bundle: { js: string; css: string };

beforeAll(async () => {
  if (!haveChromium) return;
  let started;
  [started, bundle, browser] = await Promise.all([
    startServerWithEmulatedSlack(),
    bundleExample(),
    launchChromium(),
  ]);
  ({ server, close: closeServer } = started);
});
afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

async function connectionsOf(apiKey: string, endUserId: string) {
  const { status, body } = await request(`${server.url}/api/v1/connections?endUserId=${endUserId}`, { apiKey });
  expect(status).toBe(200);
  return body.connections as { id: string; integration: string; status: string }[];
}

describe.skipIf(!haveChromium)('connect widget in Chromium', () => {
  it('the React example connects Slack through the popup on its first try, unconfigured, and every component shows it', async () => {
    // No allowedOrigins: a developer's first run on a local dev server works outside production.
    const app = await signUp(server.url);
    const frontend = await startFrontend(bundle, { apiKey: app.apiKey, baseUrl: server.url });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(frontend.url);
      // What reaches this window by postMessage, to show the popup path worked (not the polling fallback).
      await page.evaluate(() => {
        const seen: unknown[] = [];
        Object.assign(window, { seenMessages: seen });
        window.addEventListener('message', (event) => seen.push({ origin: event.origin, data: event.data }));
      });

      const catalog = page.getByRole('region', { name: 'Integrations' });
      const slack = catalog.getByRole('listitem', { name: 'Slack' });
      await slack.getByText('Not connected', { exact: true }).waitFor();
      // The logos come from Patchbay's origin, not this page's: they must load here all the same.
      expect(new URL(await slack.locator('img.pb-icon').getAttribute('src') ?? '').origin).toBe(server.url);
      expect(new URL(server.url).origin).not.toBe(new URL(frontend.url).origin);
      await expect(page.locator('img.pb-icon').count()).resolves.toBeGreaterThanOrEqual(10);
      await expect(brokenIcons(page)).resolves.toEqual([]);

      const [popup] = await Promise.all([page.waitForEvent('popup'), slack.getByRole('button', { name: 'Connect Slack' }).click()]);
      // The emulator approves at once; the callback page posts the result to this page and closes.
      await popup.waitForEvent('close', { timeout: 15_000 });
      await slack.getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
      await expect(catalog.getByRole('status').textContent()).resolves.toBe('Slack is connected.');
      // Focus is on the control that replaced the one that was pressed, not lost to <body>.
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Disconnect Slack');
      // The standalone button under the same provider knows, without a reload.
      await page.getByRole('button', { name: 'Slack connected' }).waitFor();
      await page.getByText(/^connected slack \(conn_/).waitFor();
      const events = await page.getByRole('list', { name: 'Events' }).getByRole('listitem').allTextContents();
      expect(events.filter((line) => line.startsWith('event'))).toEqual([
        'event opened',
        'event integration_selected slack',
        'event oauth_window_opened slack',
        expect.stringMatching(/^event success slack conn_/),
      ]);
      const messages = await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
      expect(messages).toEqual([
        { origin: server.url, data: { type: 'patchbay:connection', status: 'success', connectionId: expect.stringMatching(/^conn_/), integration: 'slack' } },
      ]);

      const connections = await connectionsOf(app.apiKey, 'demo-user');
      expect(connections).toEqual([expect.objectContaining({ integration: 'slack', status: 'active', id: expect.stringMatching(/^conn_/) })]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await frontend.close();
    }
  });

  it('on an origin the app does not allow, the page and the console say exactly what to configure', async () => {
    const app = await signUp(server.url);
    const frontend = await startFrontend(bundle, { apiKey: app.apiKey, baseUrl: server.url });
    const context = await browser.newContext();
    try {
      await request(`${server.url}/api/v1/app`, { apiKey: app.apiKey, method: 'PATCH', body: { allowedOrigins: ['https://app.company-x.com'] } });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      await page.goto(frontend.url);
      await page.getByRole('alert').getByText('This page may not connect accounts yet').waitFor();

      const button = page.getByRole('button', { name: 'Connect Slack' });
      // The popup opens inside the click and closes as soon as Patchbay refuses the origin.
      const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
      await page.getByText('not connected slack: not_allowed').waitFor();
      expect(popup.isClosed()).toBe(true);
      const told = consoleErrors.filter((line) => line.startsWith('Patchbay: '));
      expect(told).toEqual([
        `Patchbay: This page (${frontend.url}) may not use this connect session. Add "${frontend.url}" to the app's allowedOrigins ` +
          `(PATCH /api/v1/app, or Integrations in the dashboard), or pass "allowedOrigins": ["${frontend.url}"] when your backend creates the session ` +
          '(POST /api/v1/connect/sessions) (local http://localhost and http://127.0.0.1 pages are allowed without configuration only while neither list names any origin).',
      ]);
    } finally {
      await context.close();
      await frontend.close();
    }
  });

  it('looks right in light, dark and on a phone (screenshots for a person)', async () => {
    const app = await signUp(server.url);
    const frontend = await startFrontend(bundle, { apiKey: app.apiKey, baseUrl: server.url });
    await connectSlack(server, app.apiKey, 'demo-user');
    mkdirSync(screenshotDir, { recursive: true });
    // One page per screen size; the example's own switch changes the theme.
    const screens = [
      { size: { width: 1100, height: 800 }, shots: ['light', 'modal-light', 'dark', 'modal-dark'] },
      { size: { width: 390, height: 844 }, shots: ['phone', 'phone-dark', 'phone-modal-dark'] },
    ];
    try {
      for (const { size, shots } of screens) {
        const phone = size.width < 500;
        const context = await browser.newContext({ viewport: size, deviceScaleFactor: phone ? 2 : 1, isMobile: phone });
        const page = await context.newPage();
        await page.goto(frontend.url);
        await page.getByRole('region', { name: 'Integrations' }).getByRole('listitem', { name: 'Slack' }).getByText('Connected', { exact: true }).waitFor();
        await expect(brokenIcons(page)).resolves.toEqual([]);
        for (const name of shots) {
          await page.getByLabel('Theme').selectOption(name.includes('dark') ? 'dark' : 'light');
          const modal = name.includes('modal');
          if (modal) {
            await page.getByRole('button', { name: 'Browse all integrations' }).click();
            await page.getByRole('dialog', { name: 'Connect your tools' }).getByRole('button', { name: 'Productivity' }).click();
          }
          await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: !modal });
          if (modal) await page.keyboard.press('Escape');
        }
        await context.close();
      }
    } finally {
      await frontend.close();
    }
  });

  it('the hosted Connect Link page connects Slack by redirect, without the token in the address bar', async () => {
    const app = await signUp(server.url);
    const session = await request(`${server.url}/api/v1/connect/sessions`, { apiKey: app.apiKey, body: { endUserId: 'link-user', allowedIntegrations: ['slack', 'airtable'] } });
    expect(session.status).toBe(201);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/connect?session=${session.body.token}`);
      const slack = page.getByRole('listitem', { name: 'Slack' });
      await slack.getByText('Not connected', { exact: true }).waitFor();
      expect(page.url()).toBe(`${server.url}/connect`);
      await expect(page.getByRole('listitem').count()).resolves.toBe(2);

      await slack.getByRole('button', { name: 'Connect Slack' }).click();
      // To the emulator, which approves, then back through the callback to /connect with the result.
      await slack.getByText('Connected', { exact: true }).waitFor({ timeout: 15_000 });
      await page.getByRole('status').getByText('Slack is connected.').waitFor();
      expect(page.url()).toBe(`${server.url}/connect`);

      const connections = await connectionsOf(app.apiKey, 'link-user');
      expect(connections).toEqual([expect.objectContaining({ integration: 'slack', status: 'active' })]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
