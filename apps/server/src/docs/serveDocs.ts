import { readFileSync, statSync } from 'node:fs';
import type { Router } from 'express';
import { baseContentSecurityPolicy, serveStaticSite } from '../http/serveStaticSite.js';
import { repoRoot } from '../serverPaths.js';

// The docs site's build output (`pnpm docs:build`; `npm start` builds it when its sources changed).
const distDir = `${repoRoot}/apps/docs/dist/`;
// Written by the docs build: the SHA-256 of every inline script the pages carry (Starlight's
// theme and navigation scripts), so scripts stay limited to this origin and those exact texts.
const hashesFile = `${distDir}csp-hashes.json`;

let cached: { mtimeMs: number; policy: string } | undefined;

function contentSecurityPolicy(): string {
  let mtimeMs = 0;
  let scriptHashes: string[] = [];
  try {
    mtimeMs = statSync(hashesFile).mtimeMs;
    if (cached?.mtimeMs === mtimeMs) return cached.policy;
    scriptHashes = (JSON.parse(readFileSync(hashesFile, 'utf8')) as { scripts: string[] }).scripts;
  } catch {
    // Not built (the 503 says so) or built without hashes: no inline script runs.
  }
  const policy = [
    ...baseContentSecurityPolicy,
    // Search (Pagefind) runs WebAssembly.
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    // Highlighted code colours its tokens with style attributes.
    "style-src 'self' 'unsafe-inline'",
  ].join('; ');
  cached = { mtimeMs, policy };
  return policy;
}

/** `/docs`: the static docs site, readable without JavaScript; search needs it. */
export function serveDocs(): Router {
  return serveStaticSite({
    name: 'docs site',
    mount: '/docs',
    distDir,
    hashedAssets: '_astro',
    buildCommand: 'pnpm docs:build',
    contentSecurityPolicy,
    routing: 'pages',
  });
}
