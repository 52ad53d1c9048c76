import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { eventually } from '../../test/webhookReceiver.js';
import { openCredentials } from '../connections/credentials.js';

const lines: Record<string, unknown>[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

// A local stand-in for a Sentry-compatible ingest endpoint.
const envelopes: { path: string; auth: string | undefined; body: string }[] = [];
const sentry = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    envelopes.push({ path: req.url ?? '', auth: req.headers['x-sentry-auth'] as string | undefined, body });
    res.end('{}');
  });
});

let server: TestServer;
let close: () => Promise<void>;
beforeAll(async () => {
  await new Promise<void>((resolve) => sentry.listen(0, '127.0.0.1', resolve));
  const dsn = `http://publickey@127.0.0.1:${(sentry.address() as AddressInfo).port}/42`;
  ({ server, close } = await startServerWithEmulatedSlack({
    worker: true,
    environment: { LOG_LEVEL: 'debug', SENTRY_DSN: dsn, METRICS_TOKEN: 'metrics-token-0123456789', WORKER_POLL_INTERVAL_MS: '100' },
    logDestination: capture,
  }));
});
afterAll(async () => {
  await close();
  sentry.close();
});

describe('logs', () => {
  it('every line of a request carries its request id, app id and operation; secrets never appear', async () => {
    const app = await signUp(server.url, { webhookUrl: 'https://company-x.com/hooks' });
    const connectionId = await connectSlack(server, app.apiKey, 'log-user');
    const sent = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey: app.apiKey,
      body: { endUserId: 'log-user', input: { channel: 'general', text: 'logged' } },
      headers: { 'x-request-id': 'trace-abc-12345' },
    });
    expect(sent.headers.get('x-request-id')).toBe('trace-abc-12345');
    await eventually(() => expect(lines.some((line) => line.requestId === 'trace-abc-12345' && line.msg === 'request')).toBe(true));
    const requestLine = lines.find((line) => line.requestId === 'trace-abc-12345' && line.msg === 'request');
    expect(requestLine).toMatchObject({ appId: app.appId, operationId: 'runAction', status: 200, method: 'POST', durationMs: expect.any(Number) });

    const row = await server.database.db('connections').where({ id: connectionId }).first();
    const credentials = openCredentials(server.services.secrets, app.appId, connectionId, row.credentials);
    if (credentials.type !== 'oauth2') throw new Error('expected OAuth credentials');
    const dump = JSON.stringify(lines);
    for (const secret of [app.apiKey, app.webhookSecret, 'secure-password', credentials.accessToken, credentials.refreshToken!, 'patchbay-demo-secret']) {
      expect(dump).not.toContain(secret);
    }
    // A secret passed to the logger by mistake is blanked.
    server.services.logger.info({ apiKey: app.apiKey, nested: { accessToken: credentials.accessToken } }, 'oops');
    expect(JSON.stringify(lines.at(-1))).not.toContain(app.apiKey);
    expect(JSON.stringify(lines.at(-1))).not.toContain(credentials.accessToken);
  });
});

describe('health and metrics', () => {
  it('/healthz and /readyz answer; /readyz fails when the worker should run and does not', async () => {
    expect((await request(`${server.url}/healthz`)).body).toEqual({ ok: true });
    const ready = await request(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ok: true, checks: { database: { ok: true }, migrations: { ok: true }, worker: { ok: true } } });
    const worker = server.services.worker;
    server.services.worker = { expected: true, running: () => false };
    const notReady = await request(`${server.url}/readyz`);
    server.services.worker = worker;
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks.worker).toEqual({ ok: false, error: 'not running' });
  });

  it('/metrics needs the token and exposes request, execution, refresh, webhook and queue metrics', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'metrics-user');
    await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, { apiKey: app.apiKey, body: { endUserId: 'metrics-user', input: { channel: 'nope', text: 'x' } } });
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).text();
    expect(text).toMatch(/patchbay_http_request_duration_seconds_count\{operation="runAction",method="POST",status="422"\} \d+/);
    expect(text).toMatch(/patchbay_executions_total\{integration="slack",action="send_message",status="failed"\} \d+/);
    expect(text).toContain('patchbay_token_refreshes_total');
    expect(text).toContain('patchbay_webhook_deliveries_total');
    expect(text).toContain('patchbay_jobs_ready');
    expect(text).toContain('patchbay_process_cpu_user_seconds_total');
  });
});

describe('error reporting', () => {
  it('an unexpected error is a 500 with a request id and no internals, and is reported to SENTRY_DSN', async () => {
    const isolated = await startTestServer({ SENTRY_DSN: `http://publickey@127.0.0.1:${(sentry.address() as AddressInfo).port}/42` });
    try {
      const app = await signUp(isolated.url);
      await isolated.database.db.raw('alter table api_keys rename to api_keys_gone');
      const response = await request(`${isolated.url}/api/v1/integrations`, { apiKey: app.apiKey });
      expect(response.status).toBe(500);
      expect(response.body.error).toMatchObject({ type: 'api_error', code: 'internal_error', requestId: expect.stringMatching(/^req_/) });
      expect(JSON.stringify(response.body)).not.toContain('api_keys');
      const envelope = await eventually(() => {
        const found = envelopes.find((candidate) => candidate.body.includes(response.body.error.requestId));
        expect(found).toBeDefined();
        return found!;
      });
      expect(envelope.path).toBe('/api/42/envelope/');
      expect(envelope.auth).toContain('sentry_key=publickey');
      const event = JSON.parse(envelope.body.split('\n')[2]!);
      expect(event).toMatchObject({ level: 'error', platform: 'node', tags: { requestId: response.body.error.requestId, method: 'GET' } });
      expect(event.exception.values[0].value).toContain('api_keys');
      await isolated.database.db.raw('alter table api_keys_gone rename to api_keys');
    } finally {
      await isolated.close();
    }
  });
});

