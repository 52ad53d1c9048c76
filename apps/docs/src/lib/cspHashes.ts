import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP source of every distinct inline script in the built pages (`sha256-…`). */
export function inlineScriptHashes(distDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
    for (const [, script] of readFileSync(`${distDir}${file}`, 'utf8').matchAll(inlineScript)) {
      if (script!.trim()) hashes.add(`sha256-${createHash('sha256').update(script!).digest('base64')}`);
    }
  }
  return [...hashes].sort();
}

/**
 * Starlight ships small inline scripts (theme, sidebar state) that Astro's own CSP support does
 * not hash. The server's Content-Security-Policy allows exactly these, read from
 * `dist/csp-hashes.json` (apps/server/src/docs/serveDocs.ts).
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'patchbay-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const scripts = inlineScriptHashes(distDir);
        writeFileSync(`${distDir}csp-hashes.json`, `${JSON.stringify({ scripts }, null, 2)}\n`);
        logger.info(`${scripts.length} inline script hashes for the Content-Security-Policy`);
      },
    },
  };
}
