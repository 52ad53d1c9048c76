import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { snapshot, signInDashboard } from '../../test/securityWorld.js';
import { specOperations } from '../../test/specOperations.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';

// The answers an outside OpenAPI fuzzer got (issue 18), each kept as a regression: every one was
// a 500 or a silent acceptance, and is now a 4xx in the error shape that changes nothing.

let server: TestServer;
let app: Awaited<ReturnType<typeof signUp>>;
let dashboard: { cookie: string; csrf: string };
const email = `fuzzed-${Date.now()}@company-x.com`;
beforeAll(async () => {
  server = await startTestServer();
  app = await signUp(server.url, { accountEmail: email });
  dashboard = await signInDashboard(server, email, 'secure-password');
});
afterAll(() => server.close());

interface Probe {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: 'apiKey' | 'dashboard' | 'nobody';
}

const badCookie = { cookie: 'pb_session=%E0%A4%A' };
const findings: [string, Probe, number, string][] = [
  ['a badly encoded session cookie: account', { method: 'GET', path: '/dashboard/account', headers: badCookie, as: 'nobody' }, 400, 'cookie/pb_session'],
  ['a badly encoded session cookie: sign-out', { method: 'POST', path: '/dashboard/sign-out', headers: badCookie, as: 'nobody' }, 400, 'cookie/pb_session'],
  ['a badly encoded session cookie: apps', { method: 'POST', path: '/dashboard/apps', body: { name: 'x' }, headers: badCookie, as: 'nobody' }, 400, 'cookie/pb_session'],
  ['a badly encoded session cookie: api-keys', { method: 'GET', path: '/dashboard/apps/app_x/api-keys', headers: badCookie, as: 'nobody' }, 400, 'cookie/pb_session'],
  ['invalid UTF-8 in a path parameter, without credentials', { method: 'GET', path: '/connections/%FF%FE', as: 'nobody' }, 400, 'path'],
  ['invalid UTF-8 in a path parameter', { method: 'GET', path: '/end-users/%C3%28' }, 400, 'path'],
  ['NUL in a path id', { method: 'GET', path: '/end-users/user%00' }, 400, 'path'],
  ['NUL in a query filter', { method: 'GET', path: '/executions?endUserId=a%00' }, 400, 'query/endUserId'],
  ['NUL in a sign-up field', { method: 'POST', path: '/apps', body: { accountEmail: 'nul@company-x.com', accountPassword: 'secure-password', accountName: 'Nul\u0000Co', appName: 'x' }, as: 'nobody' }, 400, 'body/accountName'],
  ['NUL in the app name', { method: 'PATCH', path: '/app', body: { name: 'App\u0000' } }, 400, 'body/name'],
  ['NUL in a connect-session endUserId', { method: 'POST', path: '/connect/sessions', body: { endUserId: 'user\u0000' } }, 400, 'body/endUserId'],
  ['NUL in OAuth-client scopes', { method: 'PUT', path: '/integrations/slack/oauth-client', body: { clientId: 'c', clientSecret: 's', scopes: ['chat:write\u0000'] } }, 400, 'body/scopes/0'],
  ['a lone surrogate in connect-session metadata', { method: 'POST', path: '/connect/sessions', body: { endUserId: 'user', metadata: { name: 'Ann\uD800' } } }, 400, 'body/metadata/name'],
  ['a lone surrogate in action input', { method: 'POST', path: '/integrations/slack/actions/send_message', body: { endUserId: 'user', input: { channel: 'general', text: '\uDBFF' } } }, 400, 'body/input/text'],
  ['NUL in action input', { method: 'POST', path: '/integrations/slack/actions/send_message', body: { endUserId: 'user', input: { channel: 'general', text: 'hi\u0000' } } }, 400, 'body/input/text'],
  ['an allowedOrigins entry the URL parser refuses', { method: 'PATCH', path: '/app', body: { allowedOrigins: ['http://a b'] } }, 400, 'body/allowedOrigins/0'],
  ['an unknown query parameter', { method: 'GET', path: '/end-users?foo=1' }, 400, 'query/foo'],
  ['limit=+5', { method: 'GET', path: '/end-users?limit=%2B5' }, 400, 'query/limit'],
  ['limit=0x10', { method: 'GET', path: '/end-users?limit=0x10' }, 400, 'query/limit'],
  ['limit[]=1', { method: 'GET', path: '/end-users?limit[]=1' }, 400, 'query/limit[]'],
  ['the proxy without X-End-User-Id, on an unknown integration', { method: 'GET', path: '/proxy/no-such-integration/x' }, 400, 'header/X-End-User-Id'],
];

function headersFor(probe: Probe): Record<string, string> {
  if (probe.as === 'nobody') return probe.headers ?? {};
  if (probe.as === 'dashboard') return { cookie: dashboard.cookie, 'x-csrf-token': dashboard.csrf, ...probe.headers };
  return { 'x-api-key': app.apiKey, ...probe.headers };
}

/** fetch refuses to send TRACE; node:http does not. */
function trace(url: string): Promise<{ status: number; allow: string; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'TRACE' }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, allow: String(incoming.headers.allow ?? ''), body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('what the outside fuzzer found', () => {
  it.each(findings)('%s', async (_, probe, status, path) => {
    const before = await snapshot(server);
    const response = await request(`${server.url}/api/v1${probe.path}`, {
      method: probe.method,
      headers: headersFor(probe),
      ...(probe.body !== undefined ? { body: probe.body } : {}),
    });
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_request', requestId: expect.any(String) });
    expect(response.body.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    expect(await snapshot(server)).toEqual(before);
  });

  const paths = [...new Set(specOperations.map((operation) => operation.path))];
  it.each(paths)('TRACE %s is 405 with the methods the spec gives the path', async (path) => {
    const methods = specOperations.filter((operation) => operation.path === path).map((operation) => operation.method.toUpperCase());
    const concrete = path.replace(/\{(\w+)\}/g, 'x');
    const response = await trace(`${server.url}${concrete}`);
    expect(response.status).toBe(405);
    const allowed = response.allow.split(', ');
    expect(allowed.filter((method) => !['HEAD', 'OPTIONS'].includes(method)).sort()).toEqual([...methods].sort());
    expect(JSON.parse(response.body).error.code).toBe('method_not_allowed');
  });
});
