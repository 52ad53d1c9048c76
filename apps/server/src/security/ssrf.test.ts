import { randomBytes } from 'node:crypto';
import dns, { type LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { snapshot } from '../../test/securityWorld.js';
import { resolveRef, specOperations, type Schema } from '../../test/specOperations.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { eventually, startWebhookReceiver } from '../../test/webhookReceiver.js';
import { sendWebhook } from '../webhooks/sendWebhook.js';

// OWASP API7 (server-side request forgery), in production mode: every URL a customer gives us
// that our server will call is refused when it names, or resolves to, a private, loopback,
// link-local or metadata address, when saved and again when called. The names below resolve
// through a stand-in for DNS (the machine has none), as msw stands in for providers.

// Every `format: uri` field of a request body, by `operationId body/path`: the server calls
// the first kind; the second only ever goes to a browser as a redirect. A new URL field fails
// the first test until it is put in one list (and, if the server calls it, guarded).
const calledByServer = ['createApp body/webhookUrl', 'createWebhookEndpoint body/url', 'updateWebhookEndpoint body/url'];
const browserRedirects = ['authorizeConnection body/redirectUri', 'startConnectOAuth body/redirectUri', 'updateApp body/redirectUris/*'];

function uriFields(): string[] {
  const found: string[] = [];
  const visit = (input: Schema, path: string, operationId: string, seen: Set<Schema>) => {
    const schema = resolveRef(input);
    if (seen.has(schema)) return;
    seen.add(schema);
    if (schema.format === 'uri') found.push(`${operationId} ${path}`);
    for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property as Schema, `${path}/${name}`, operationId, new Set(seen));
    if (schema.items) visit(schema.items, `${path}/*`, operationId, new Set(seen));
    for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) visit(option, path, operationId, new Set(seen));
  };
  for (const operation of specOperations) if (operation.body?.json) visit(operation.body.schema, 'body', operation.operationId, new Set());
  return found.sort();
}

const fakeDns: Record<string, LookupAddress[]> = {
  'hooks.company-x.test': [{ address: '93.184.216.34', family: 4 }],
  'internal.company-x.test': [{ address: '10.0.0.7', family: 4 }],
  'metadata.company-x.test': [{ address: '169.254.169.254', family: 4 }],
  'loopback6.company-x.test': [{ address: '::1', family: 6 }],
  'mixed.company-x.test': [{ address: '93.184.216.34', family: 4 }, { address: '192.168.0.10', family: 4 }],
  'rebind.company-x.test': [{ address: '93.184.216.34', family: 4 }],
};

const privateTargets = [
  'http://127.0.0.1/hooks',
  'http://127.1/hooks',
  'http://2130706433/hooks',
  'http://0x7f.0.0.1/hooks',
  'http://0.0.0.0/hooks',
  'http://10.0.0.5/hooks',
  'http://172.16.0.1/hooks',
  'http://192.168.1.1/hooks',
  'http://100.64.0.1/hooks',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]/hooks',
  'http://[::ffff:127.0.0.1]/hooks',
  'http://[::ffff:a9fe:a9fe]/hooks',
  'http://[fd00::1]/hooks',
  'http://[fe80::1]/hooks',
  'http://localhost/hooks',
  'http://LOCALHOST./hooks',
  'http://api.localhost/hooks',
  'http://metadata.google.internal/computeMetadata/v1/',
  'https://internal.company-x.test/hooks',
  'https://metadata.company-x.test/latest/meta-data/',
  'https://loopback6.company-x.test/hooks',
  'https://mixed.company-x.test/hooks',
];

let server: TestServer;
let app: Awaited<ReturnType<typeof signUp>>;
let endpointId: string;
beforeAll(async () => {
  const lookup = dns.lookup.bind(dns) as (...args: unknown[]) => void;
  vi.spyOn(dns, 'lookup').mockImplementation(((hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const known = fakeDns[hostname.toLowerCase()];
    if (!known) return lookup(hostname, options, callback);
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (all) return callback(null, known);
    return callback(null, known[0]!.address, known[0]!.family);
  }) as never);
  server = await startTestServer(
    { NODE_ENV: 'production', ENCRYPTION_KEY: randomBytes(32).toString('base64'), WORKER_POLL_INTERVAL_MS: '100' },
    { worker: true },
  );
  expect(server.services.config.webhooks.allowPrivateUrls).toBe(false);
  app = await signUp(server.url);
  const created = await request(`${server.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url: 'https://hooks.company-x.test/patchbay' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  endpointId = created.body.id;
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
});

describe('customer-supplied URLs', () => {
  it('every URL field of the spec is classified: called by the server (guarded) or a browser redirect', () => {
    expect(uriFields()).toEqual([...calledByServer, ...browserRedirects].sort());
  });

  const saves: [string, (url: string) => Promise<{ status: number; body: any }>][] = [
    ['createApp body/webhookUrl', (url) => request(`${server.url}/api/v1/apps`, { body: { accountEmail: `ssrf-${randomBytes(6).toString('hex')}@company-x.com`, accountPassword: 'secure-password', accountName: 'X', appName: 'X', webhookUrl: url } })],
    ['createWebhookEndpoint body/url', (url) => request(`${server.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url } })],
    ['updateWebhookEndpoint body/url', (url) => request(`${server.url}/api/v1/webhook-endpoints/${endpointId}`, { apiKey: app.apiKey, method: 'PATCH', body: { url } })],
  ];
  it('each server-called field has a case here', () => {
    expect(saves.map(([field]) => field)).toEqual(calledByServer);
  });

  it.each(saves)('%s refuses private, loopback, link-local and metadata targets, literal or by name', async (field, save) => {
    for (const url of privateTargets) {
      const before = await snapshot(server);
      const response = await save(url);
      expect(response.status, `${field} = ${url}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.error.code, url).toBe('webhook_url_not_allowed');
      expect(await snapshot(server), `${field} = ${url}: rows changed`).toEqual(before);
    }
    expect((await save('https://hooks.company-x.test/other')).status).toBeLessThan(300);
  });
});

describe('when a webhook is sent', () => {
  async function deliveryTo(url: string) {
    // As if the URL had been saved when it was harmless: DNS changed, or the setting did.
    await server.database.db('webhook_endpoints').where({ app_id: app.appId, id: endpointId }).update({ url });
    const { body: event } = await request(`${server.url}/api/v1/webhook-endpoints/${endpointId}/test`, { apiKey: app.apiKey, method: 'POST' });
    const [attempt] = await eventually(async () => {
      const rows = (await request(`${server.url}/api/v1/events/${event.id}/deliveries`, { apiKey: app.apiKey })).body.deliveries;
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    return attempt;
  }

  it('a name that now resolves to loopback is refused before connecting (DNS rebinding)', async () => {
    const receiver = await startWebhookReceiver();
    fakeDns['rebind.company-x.test'] = [{ address: '127.0.0.1', family: 4 }];
    const attempt = await deliveryTo(`http://rebind.company-x.test:${new URL(receiver.url).port}/hooks`);
    expect(attempt).toMatchObject({ status: 'failed', error: expect.stringContaining('127.0.0.1, a private address') });
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });

  it('a literal private IP is refused before connecting (Node looks no IP up)', async () => {
    const receiver = await startWebhookReceiver();
    const attempt = await deliveryTo(receiver.url);
    expect(attempt).toMatchObject({ status: 'failed', error: 'refused: 127.0.0.1 is a private address' });
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });

  it('a redirect is not followed', async () => {
    const target = await startWebhookReceiver();
    const redirecting = await startWebhookReceiver({ redirectTo: target.url });
    const result = await sendWebhook(redirecting.url, '{}', {}, { timeoutMs: 2000, allowPrivate: true });
    expect(result).toMatchObject({ ok: false, status: 302, error: 'redirects are not followed' });
    expect(redirecting.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    await Promise.all([target.close(), redirecting.close()]);
  });
});
