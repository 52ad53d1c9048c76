import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/testServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GET /connect (Connect Link)', () => {
  it('serves the hosted page with a CSP that allows only its own nonce-tagged script and style', async () => {
    const response = await fetch(`${server.url}/connect?session=cs_not_echoed_anywhere`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = response.headers.get('content-security-policy')!;
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');

    const html = await response.text();
    // Every executable script carries the nonce; the config is inert JSON.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!.trim());
    expect(scripts).toEqual(['type="application/json" id="patchbay-connect-config"', `nonce="${nonce}"`]);
    const config = JSON.parse(/id="patchbay-connect-config">([^<]*)<\/script>/.exec(html)![1]!);
    expect(config).toEqual({ baseUrl: server.url, redirectUri: `${server.url}/connect` });
    // The token stays in the browser: the server neither echoes nor embeds it.
    expect(html).not.toContain('cs_not_echoed_anywhere');
    // The bundle is the widget's core (the connect-session API), not a copy.
    expect(html).toContain('/api/v1/connect/integrations');
  });

  it('answers a new nonce on every request', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec((await fetch(`${server.url}/connect`)).headers.get('content-security-policy')!)?.[1]),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
