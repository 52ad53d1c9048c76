import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ActionContext, Credentials, IntegrationDefinition } from '../src/define.js';
import { findAction, findTrigger } from '../src/registry.js';
import type { InboundEvent, InboundRequest, PollResult, TriggerItem } from '../src/triggers.js';

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
export function respond(
  server: ReturnType<typeof setupServer>,
  method: 'get' | 'post' | 'delete' | 'patch',
  url: string,
  response: JsonBodyType | null,
  status = 200,
  headers: Record<string, string> = {},
) {
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
      return response === null ? new HttpResponse(null, { status, headers }) : HttpResponse.json(response, { status, headers });
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

function triggerOf(integration: IntegrationDefinition, triggerId: string) {
  const trigger = findTrigger(integration, triggerId);
  if (!trigger) throw new Error(`${integration.metadata.slug} has no trigger ${triggerId}`);
  return trigger;
}

/** One poll of a polling trigger, with its config parsed and its items and cursor checked against their schemas. */
export async function poll(integration: IntegrationDefinition, triggerId: string, config: unknown, cursor?: unknown, credentials?: Credentials): Promise<PollResult<any, any>> {
  const trigger = triggerOf(integration, triggerId);
  if (trigger.kind !== 'polling') throw new Error(`${triggerId} is not a polling trigger`);
  const result = await trigger.poll(trigger.config.parse(config), cursor === undefined ? undefined : trigger.cursor.parse(cursor), contextFor(integration, credentials));
  expect(trigger.cursor.safeParse(result.cursor).success).toBe(true);
  for (const item of result.items) expect(trigger.payload.parse(item.payload)).toEqual(item.payload);
  return result;
}

/** The items a webhook trigger takes from an event, checked against its payload schema. */
export function itemsFrom(integration: IntegrationDefinition, triggerId: string, event: InboundEvent, config: unknown = {}): TriggerItem<any>[] {
  const trigger = triggerOf(integration, triggerId);
  if (trigger.kind !== 'webhook') throw new Error(`${triggerId} is not a webhook trigger`);
  const items = trigger.itemsFrom(event, trigger.config.parse(config));
  for (const item of items) expect(trigger.payload.parse(item.payload)).toEqual(item.payload);
  return items;
}

/** A request as the inbound endpoint sees it: lower-case headers and the raw body. */
export function inboundRequest(body: unknown, headers: Record<string, string> = {}): InboundRequest {
  return { rawBody: typeof body === 'string' ? body : JSON.stringify(body), headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])) };
}

/** Runs the integration's health check as the server does, with its own tokenInfoUrl. */
export function checkHealth(integration: IntegrationDefinition, credentials: Credentials = oauthCredentials) {
  const { fetch, signal } = contextFor(integration, credentials);
  const tokenInfoUrl = integration.auth.type === 'oauth2' ? integration.auth.tokenInfoUrl : undefined;
  return integration.healthCheck(credentials, { fetch, signal, tokenInfoUrl });
}

/** What a failed health check threw. */
export function checkHealthError(integration: IntegrationDefinition, credentials?: Credentials): Promise<unknown> {
  return checkHealth(integration, credentials).then(
    () => {
      throw new Error('expected the health check to fail');
    },
    (error: unknown) => error,
  );
}
