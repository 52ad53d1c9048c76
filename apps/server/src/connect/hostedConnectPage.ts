import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Router } from 'express';
import { repoRoot, runningFromBuild, serverRoot } from '../serverPaths.js';
import type { Services } from '../services.js';

// The page runs @patchbay/react's framework-free core, the same the React widget runs: built
// ahead of time into dist/connect-page by the server's build, or from source under tsx.
const reactPackage = path.join(repoRoot, 'packages/react');
const prebuiltDir = path.join(serverRoot, 'dist/connect-page');

interface HostedAssets {
  script: string;
  styles: string;
}

async function loadAssets(): Promise<HostedAssets> {
  if (runningFromBuild) {
    const [script, styles] = await Promise.all([readFile(path.join(prebuiltDir, 'connectPage.global.js'), 'utf8'), readFile(path.join(prebuiltDir, 'styles.css'), 'utf8')]);
    return { script, styles };
  }
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(reactPackage, 'src/hosted/connectPage.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    conditions: ['@patchbay/source'],
    logLevel: 'silent',
  });
  return { script: result.outputFiles[0]!.text, styles: await readFile(path.join(reactPackage, 'styles.css'), 'utf8') };
}

let assets: Promise<HostedAssets> | undefined;

/** Loaded once per process, on first use, and kept; a failure is retried by the next request. */
export function hostedConnectAssets(): Promise<HostedAssets> {
  assets ??= loadAssets().then(({ script, styles }) => ({
    // Inlined in a <script> element: no `</script` may end it early.
    script: script.replaceAll('</script', '<\\/script'),
    styles,
  }));
  assets.catch(() => {
    assets = undefined;
  });
  return assets;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');

const pageStyles = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f6f8fa}
main{max-width:640px;margin:48px auto;padding:0 16px}h1{font-size:1.5rem;margin:0 0 24px}`;

/**
 * `GET /connect?session=cs_…`: Connect Link, a page a customer without a frontend sends the end
 * user to. The page keeps the token in the tab's sessionStorage and drops it from the address bar,
 * then connects in redirect mode, coming back to `{PUBLIC_URL}/connect` (a fixed URL, so an app
 * with a redirectUris allowlist can add it). Its CSP allows only its own inline script and styles
 * (a per-response nonce) and requests to this server.
 */
export function hostedConnectPage(services: Services): Router {
  const router = Router();
  const publicUrl = services.config.publicUrl;
  const publicOrigin = new URL(publicUrl).origin;
  // Built while the server starts, so the first visitor does not wait for it.
  hostedConnectAssets().catch((error: unknown) => services.logger.warn({ err: error }, 'the hosted connect page could not be built'));

  router.get('/connect', async (_req, res, next) => {
    let built: HostedAssets;
    try {
      built = await hostedConnectAssets();
    } catch (error) {
      next(error);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const config = { baseUrl: publicUrl, redirectUri: `${publicUrl}/connect` };
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': [
          "default-src 'none'",
          `script-src 'nonce-${nonce}'`,
          `style-src 'nonce-${nonce}'`,
          `img-src 'self' ${publicOrigin} data:`,
          `connect-src 'self' ${publicOrigin}`,
          "form-action 'none'",
          "base-uri 'none'",
          "frame-ancestors 'none'",
        ].join('; '),
        // The link carries the session token: it must not leave in a Referer.
        'Referrer-Policy': 'no-referrer',
      })
      .send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connect your accounts</title>
<style nonce="${nonce}">${built.styles}\n${pageStyles}</style>
</head>
<body>
<main>
<h1>Connect your accounts</h1>
<section id="patchbay-connect" class="pb-catalog pb-root" aria-label="Integrations"><p>Loading…</p></section>
</main>
<script type="application/json" id="patchbay-connect-config">${scriptJson(config)}</script>
<script nonce="${nonce}">${built.script}</script>
</body>
</html>`);
  });
  return router;
}
