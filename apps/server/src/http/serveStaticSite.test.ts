import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../test/http.js';
import { createLogger } from '../logger.js';
import { noReporter } from '../observability/errorReporter.js';
import { createErrorHandler } from './errorHandler.js';
import { assignRequestId } from './requestId.js';
import { serveStaticSite, type StaticSite } from './serveStaticSite.js';

// The serving rules shared by /dashboard and /docs, on a site built into a temporary folder.
const root = mkdtempSync(path.join(tmpdir(), 'patchbay-static-'));
const built = `${root}/built/`;
const missing = `${root}/missing/`;
let server: Server;
let url = '';

const site = (overrides: Partial<StaticSite>): StaticSite => ({
  name: 'docs site',
  mount: '/docs',
  distDir: built,
  hashedAssets: '_astro',
  buildCommand: 'pnpm docs:build',
  contentSecurityPolicy: () => "default-src 'self'",
  routing: 'pages',
  ...overrides,
});

beforeAll(async () => {
  mkdirSync(`${built}_astro`, { recursive: true });
  mkdirSync(`${built}guides/quick-start`, { recursive: true });
  writeFileSync(`${built}index.html`, '<h1>Home</h1>');
  writeFileSync(`${built}404.html`, '<h1>404: not here</h1>');
  writeFileSync(`${built}guides/quick-start/index.html`, '<h1>Quick start</h1>');
  writeFileSync(`${built}_astro/page.3f2a9c.js`, 'console.log(1)');
  const app = express();
  app.use(assignRequestId);
  app.use(serveStaticSite(site({})));
  app.use(serveStaticSite(site({ name: 'dashboard', mount: '/dashboard', hashedAssets: 'assets', routing: 'spa', buildCommand: 'pnpm --filter @patchbay/dashboard build' })));
  app.use(serveStaticSite(site({ mount: '/unbuilt', distDir: missing })));
  app.use(createErrorHandler(createLogger({ logLevel: 'silent' }), noReporter));
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

describe('serveStaticSite', () => {
  it('serves pages revalidated every time and hashed assets cached for a year, with the CSP', async () => {
    const page = await fetch(`${url}/docs/guides/quick-start/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Quick start');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    const asset = await fetch(`${url}/docs/_astro/page.3f2a9c.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const folder = await fetch(`${url}/docs/guides/quick-start`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/docs/guides/quick-start/');
  });

  it('answers a missing page with the 404 page for browsers and the error shape otherwise', async () => {
    const browser = await fetch(`${url}/docs/nope/`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(browser.status).toBe(404);
    expect(await browser.text()).toContain('404: not here');
    const client = await request(`${url}/docs/nope/`);
    expect(client.status).toBe(404);
    expect(client.body.error).toMatchObject({ type: 'not_found_error', code: 'not_found', message: 'No docs site page /docs/nope/.' });
    const asset = await request(`${url}/docs/_astro/gone.js`);
    expect(asset.status).toBe(404);
    expect(asset.body.error.code).toBe('not_found');
  });

  it('falls back to index.html for every route of a single-page app', async () => {
    const deepLink = await fetch(`${url}/dashboard/apps/app_x/executions`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe('<h1>Home</h1>');
  });

  it('says how to build a site that is not built', async () => {
    const answer = await fetch(`${url}/unbuilt/`);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain('The docs site is not built. Run `pnpm docs:build`');
  });
});
