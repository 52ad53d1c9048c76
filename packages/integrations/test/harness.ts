import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ActionContext, Credentials, IntegrationDefinition } from '../src/define.js';
import { findAction } from '../src/registry.js';

/** msw for one test file: any request without a handler fails the test. */
export function providerServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export const oauthCredentials: Credentials = { type: 'oauth2', accessToken: 'test-access-token' };

export function contextFor(integration: IntegrationDefinition, credentials: Credentials = oauthCredentials): ActionContext {
  return {
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      integration.authorizeRequest(headers, credentials);
      return fetch(new URL(path, integration.apiBaseUrl), { ...init, headers });
    },
    logger: { info: () => {}, warn: () => {} },
    endUser: { id: 'user-1', email: null, name: null },
    signal: new AbortController().signal,
  };
}

export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Answers `method url` with `response` (the provider's documented shape) and records the request. */
export function respond(server: ReturnType<typeof setupServer>, method: 'get' | 'post' | 'delete' | 'patch', url: string, response: JsonBodyType | null, status = 200) {
  const seen: Seen[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      const text = await request.text();
      const type = request.headers.get('content-type') ?? '';
      seen.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: !text ? undefined : type.includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text)),
      });
      return response === null ? new HttpResponse(null, { status }) : HttpResponse.json(response, { status });
    }),
  );
  return seen;
}

/** Validates the input with the action's schema, runs it, and checks the output against its schema. */
export async function run(integration: IntegrationDefinition, actionId: string, input: unknown, credentials?: Credentials): Promise<any> {
  const action = findAction(integration, actionId);
  if (!action) throw new Error(`${integration.metadata.slug} has no ${actionId}`);
  const parsed = action.input.parse(input);
  const output = await action.execute(parsed, credentials ?? oauthCredentials, contextFor(integration, credentials));
  expect(action.output.safeParse(output).success).toBe(true);
  return output;
}

export async function runError(integration: IntegrationDefinition, actionId: string, input: unknown, credentials?: Credentials) {
  return run(integration, actionId, input, credentials).then(
    () => {
      throw new Error('expected the action to fail');
    },
    (error: unknown) => error,
  );
}
