import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { redirectUri } from './testHelpers.js';

// Bad input of every kind gets a 4xx answer, and the emulator keeps serving.
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const healthy = async () => expect((await fetch(`${emulator.url}/_emulator/health`)).status).toBe(200);

/** A raw request, for targets fetch would normalise. */
function raw(method: string, target: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}${target.startsWith('/') ? '' : '/'}`, { method, path: target, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('robustness', () => {
  it('unknown routes are 404 JSON', async () => {
    for (const path of ['/', '/nope', '/notion/oauth/elsewhere', '/Upper/oauth/token', '/slack/other']) {
      const response = await fetch(`${emulator.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      await response.json();
    }
  });

  it('malformed JSON and a non-object body are 400', async () => {
    for (const body of ['{', '[1]', '"text"']) {
      const response = await fetch(`${emulator.url}/slack/api/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    }
    await healthy();
  });

  it('an oversized body is 413', async () => {
    const response = await fetch(`${emulator.url}/notion/oauth/token`, { method: 'POST', body: 'a='.padEnd(2 * 1024 * 1024, 'x') });
    expect(response.status).toBe(413);
    await healthy();
  });

  it('a malformed Basic header or request target is an answer, not a crash', async () => {
    const malformed = await fetch(`${emulator.url}/notion/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('%E0%A4%A:%zz').toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }),
    });
    expect(malformed.status).toBe(401);
    expect((await raw('GET', '//evil.example/x')).status).toBe(400);
    expect((await raw('GET', '*')).status).toBe(400);
    await healthy();
  });

  it('escapes everything it echoes into HTML', async () => {
    const evil = '"><script>alert(1)</script>';
    const consent = await fetch(`${emulator.url}/notion/oauth/authorize?${new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: redirectUri, response_type: 'code', scope: evil, state: evil })}`);
    const html = await consent.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    const error = await (await fetch(`${emulator.url}/notion/oauth/authorize?${new URLSearchParams({ client_id: evil, redirect_uri: redirectUri })}`)).text();
    expect(error).not.toContain('<script>');
  });

  it('a tampered consent form is checked again', async () => {
    const form = new URLSearchParams({ client_id: 'someone-else', redirect_uri: redirectUri, decision: 'approve' });
    const response = await fetch(`${emulator.url}/slack/oauth/v2/authorize/decision`, { method: 'POST', body: form, redirect: 'manual' });
    expect(response.status).toBe(400);
    const javascript = new URLSearchParams({ client_id: 'patchbay-demo', redirect_uri: 'javascript:alert(1)', decision: 'approve' });
    expect((await fetch(`${emulator.url}/slack/oauth/v2/authorize/decision`, { method: 'POST', body: javascript, redirect: 'manual' })).status).toBe(400);
  });

  it('listens on loopback and closes cleanly', async () => {
    const other = await startEmulator({ port: 0 });
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await other.close();
    await expect(fetch(`${other.url}/_emulator/health`)).rejects.toThrow();
  });
});
