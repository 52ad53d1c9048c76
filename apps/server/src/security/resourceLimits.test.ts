import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { request, signUp } from '../../test/http.js';
import { specOperations } from '../../test/specOperations.js';
import type { TestServer } from '../../test/testServer.js';
import { maxJsonDepth } from '../http/requestText.js';

// OWASP API4 (unrestricted resource consumption): the limits a client meets, asserted.

// Slack's API for this server never answers (its OAuth is the emulator's, so users can connect).
const hangingRequests = new Set<import('node:http').ServerResponse>();
const hangingSlack: Server = createServer((_req, res) => hangingRequests.add(res));

let server: TestServer;
let close: () => Promise<void>;
let apiKey: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => hangingSlack.listen(0, '127.0.0.1', resolve));
  ({ server, close } = await startServerWithEmulatedSlack({
    environment: { SLACK_API_BASE_URL: `http://127.0.0.1:${(hangingSlack.address() as AddressInfo).port}/api/` },
  }));
  apiKey = (await signUp(server.url)).apiKey;
  await connectSlack(server, apiKey, 'limits-user');
});
afterAll(async () => {
  // Let the hanging calls fail (and be recorded) before the database goes.
  hangingSlack.closeAllConnections();
  await new Promise<void>((resolve) => hangingSlack.close(() => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 200));
  await close();
});

const executions = async () => Number((await server.database.db('executions').count({ n: '*' }).first())?.n);
/** `levels` objects, one inside the other. */
const nested = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = { deeper: value };
  return value;
};

describe('request bodies', () => {
  it('a JSON body over 1 MB is 413 and runs nothing', async () => {
    const before = await executions();
    const response = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey,
      body: { endUserId: 'limits-user', input: { channel: 'general', text: 'x'.repeat(1024 * 1024) } },
    });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'payload_too_large', message: 'The request body is larger than 1 MB.' });
    expect(await executions()).toBe(before);
  });

  it('a proxied body over 5 MB is 413', async () => {
    const response = await request(`${server.url}/api/v1/proxy/slack/chat.postMessage`, {
      apiKey,
      rawBody: 'x'.repeat(5 * 1024 * 1024 + 1),
      headers: { 'x-end-user-id': 'limits-user', 'content-type': 'application/octet-stream' },
    });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'payload_too_large', message: 'The request body is larger than 5 MB.' });
  });

  it(`JSON nests at most ${maxJsonDepth} levels: one more is 400 before any handler`, async () => {
    // The body and its metadata are two levels.
    const send = (levels: number) =>
      request(`${server.url}/api/v1/connect/sessions`, { apiKey, body: { endUserId: 'deep-user', metadata: { note: nested(levels - 2) } } });
    const deepest = await send(maxJsonDepth);
    expect(deepest.body.error.details).not.toContainEqual(expect.objectContaining({ message: expect.stringContaining('levels') }));
    const deeper = await send(maxJsonDepth + 1);
    expect(deeper.status).toBe(400);
    expect(deeper.body.error.details).toEqual([{ path: 'body', message: `must not nest deeper than ${maxJsonDepth} levels` }]);
  });

  it('JSON nested hundreds of thousands of levels deep is 400, not a stack overflow', async () => {
    const before = await executions();
    const response = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey,
      rawBody: `{"endUserId":"limits-user","input":${'['.repeat(400_000)}${']'.repeat(400_000)}}`,
    });
    expect(response.status).toBe(400);
    expect(await executions()).toBe(before);
  });
});

describe('pagination', () => {
  const paged = specOperations.filter((operation) => operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'limit'));
  it.each(paged.map((operation) => [operation.operationId, operation] as const))('%s: limit is capped by the spec', async (_, operation) => {
    const { schema } = operation.parameters.find((parameter) => parameter.name === 'limit')!;
    const path = operation.path.replace('{connectionId}', 'x');
    expect(schema.maximum).toBeLessThanOrEqual(100);
    const at = await request(`${server.url}${path}?limit=${schema.maximum}`, { apiKey });
    expect(at.status).toBe(200);
    const over = await request(`${server.url}${path}?limit=${schema.maximum + 1}`, { apiKey });
    expect(over.status).toBe(400);
    expect(over.body.error.details).toEqual([{ path: 'query/limit', message: `must be <= ${schema.maximum}` }]);
  });
});

describe('time', () => {
  it('a request still unanswered after REQUEST_TIMEOUT_MS is 503 request_timeout', async () => {
    // Read at each request: a 1 s limit for this test only, so a slow sign-up above never meets it.
    const { config } = server.services;
    const requestTimeoutMs = config.requestTimeoutMs;
    config.requestTimeoutMs = 1000;
    onTestFinished(() => {
      config.requestTimeoutMs = requestTimeoutMs;
    });
    const started = performance.now();
    const response = await request(`${server.url}/api/v1/integrations/slack/actions/send_message`, {
      apiKey,
      body: { endUserId: 'limits-user', input: { channel: 'general', text: 'into the void' } },
    });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('request_timeout');
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5000);
    expect(hangingRequests.size).toBeGreaterThan(0);
  });
});
