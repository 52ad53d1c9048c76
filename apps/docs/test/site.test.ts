// The built site (test/globalSetup.ts builds it): every source has its page, nothing links to a
// page or anchor that does not exist, and the CSP hashes cover every inline script.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { integrations } from '@patchbay/integrations';
import { check, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../src/lib/cspHashes.js';
import { guideSlugs, readGuide } from '../src/lib/guides.js';
import { listOperations, openapi } from '../src/lib/openapi.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const page = (path: string) => {
  const file = `${dist}${path}index.html`;
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
};
const title = (path: string) => page(path).querySelector('h1')?.text.trim();

describe('the docs site', () => {
  it('has a page for every guide in docs/, titled by its heading', () => {
    for (const slug of guideSlugs()) expect(title(`guides/${slug}/`)).toBe(readGuide(slug).title);
  });

  it('has a page for every integration, with a section for every action', () => {
    for (const { metadata, actions } of integrations) {
      const html = page(`integrations/${metadata.slug}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(metadata.name);
      for (const action of actions) expect(html.querySelector(`h2[id="${action.id}"]`), `${metadata.slug}#${action.id}`).not.toBeNull();
    }
    const catalog = page('integrations/').text;
    for (const { metadata } of integrations) expect(catalog).toContain(metadata.name);
  });

  it('has a reference page for every operation and webhook event, with its samples', () => {
    for (const operation of listOperations()) {
      const html = page(`reference/operations/${operation.operationId.toLowerCase()}/`);
      expect(html.querySelector('h1')?.text.trim()).toBe(operation.summary);
      expect(html.text).toContain('curl');
    }
    for (const item of Object.values(openapi.webhooks ?? {})) {
      const operationId = String((item.post as Record<string, unknown>).operationId);
      page(`reference/webhooks/${operationId.toLowerCase()}/`);
    }
  });

  it('leads "Edit page" to a file or folder that exists in the repository', () => {
    const pages = ['', 'guides/quick-start/', 'integrations/slack/'];
    for (const path of pages) {
      const href = page(path).querySelector('a[href*="/edit/main/"], a[href*="/tree/main/"]')?.getAttribute('href') ?? '';
      const repoPath = href.replace(/^https:\/\/github\.com\/patchbay\/patchbay\/(edit|tree)\/main\//, '');
      expect(existsSync(fileURLToPath(new URL(`../../../${repoPath}`, import.meta.url))), `${path}: ${href}`).toBe(true);
    }
  });

  it('is searchable offline (Pagefind index in the build)', () => {
    expect(existsSync(`${dist}pagefind/pagefind.js`)).toBe(true);
  });

  it('lists every inline script in csp-hashes.json, which the server allows', () => {
    const { scripts } = JSON.parse(readFileSync(`${dist}csp-hashes.json`, 'utf8')) as { scripts: string[] };
    expect(scripts).toEqual(inlineScriptHashes(dist));
  });

  it('has no broken internal link or anchor', { timeout: 120_000 }, async () => {
    const result = await check({
      path: dist,
      recurse: true,
      checkFragments: true,
      concurrency: 50,
      // Pages link to /docs/…; the checker serves dist/ at the root.
      urlRewriteExpressions: [{ pattern: /^(http:\/\/127\.0\.0\.1:\d+)\/docs\//, replacement: '$1/' }],
      // Offline: links to other sites are not followed (the repository, providers' docs).
      linksToSkip: async (link) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(link),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status ?? link.failureDetails?.[0]}) on ${link.parent}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(150);
  });
});
