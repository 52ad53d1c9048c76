import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Schemas } from '../api/client.js';

export const origin = window.location.origin;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export const account: Schemas['DashboardAccount'] = {
  account: { id: 'acct_1', email: 'owner@company-x.com', name: 'Company X' },
  apps: [
    { appId: 'app_one', name: 'Company X CRM', plan: 'basic', createdAt: '2026-11-01T00:00:00Z' },
    { appId: 'app_two', name: 'Company X Staging', plan: 'basic', createdAt: '2026-11-02T00:00:00Z' },
  ],
  csrfToken: 'csrf-token-1',
};

const errorBody = (status: number, code: string, message: string) =>
  HttpResponse.json({ error: { type: status === 401 ? 'authentication_error' : 'invalid_request_error', code, message, requestId: 'req_test' } }, { status });

/**
 * The Patchbay API as the dashboard sees it, over msw: every request is recorded; `answer`
 * sets what an operation returns (`METHOD /path`, path params written as `:name`).
 */
export function fakeApi() {
  const requests: RecordedRequest[] = [];
  const answers = new Map<string, (request: RecordedRequest) => Response | JsonBodyType>();
  let signedIn = true;
  const server = setupServer(
    http.all(`${origin}/api/v1/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const recorded: RecordedRequest = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      requests.push(recorded);
      const route = `${request.method} ${url.pathname.replace('/api/v1', '')}`;
      if (route === 'POST /dashboard/sign-in') {
        const body = recorded.body as { password: string };
        if (body.password !== 'right password') return errorBody(401, 'unauthorized', 'Wrong email or password.');
        signedIn = true;
        return HttpResponse.json(account);
      }
      if (!signedIn) return errorBody(401, 'unauthorized', 'Sign in first.');
      for (const [pattern, answer] of answers) {
        const [method, path] = pattern.split(' ') as [string, string];
        const matcher = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
        if (method === request.method && matcher.test(url.pathname.replace('/api/v1', ''))) {
          const result = answer(recorded);
          return result instanceof Response ? result : HttpResponse.json(result);
        }
      }
      if (route === 'GET /dashboard/account') return HttpResponse.json(account);
      if (route === 'POST /dashboard/sign-out') {
        signedIn = false;
        return new HttpResponse(null, { status: 204 });
      }
      if (route === 'GET /integrations') return HttpResponse.json({ integrations: [integration('slack', 'Slack'), integration('airtable', 'Airtable', 'api_key')] });
      return errorBody(404, 'not_found', `No fake for ${route}`);
    }),
  );
  return {
    server,
    requests,
    answer(route: string, result: (request: RecordedRequest) => Response | JsonBodyType) {
      answers.set(route, result);
    },
    signOut() {
      signedIn = false;
    },
    reset() {
      requests.length = 0;
      answers.clear();
      signedIn = true;
    },
    /** The recorded requests to one route, like `GET /api/v1/executions`. */
    calls(method: string, path: string) {
      return requests.filter((request) => request.method === method && request.path === path);
    },
    errorBody,
  };
}

export function integration(slug: string, name: string, authType: Schemas['Integration']['authType'] = 'oauth2'): Schemas['Integration'] {
  return {
    slug,
    name,
    description: `${name} for tests`,
    category: 'communication',
    authType,
    icon: `${origin}/icons/${slug}.svg`,
    connectedUsers: 1,
    enabled: true,
    oauthClient: null,
    actions: [{ id: 'send_message', name: 'Send Message', description: 'Post a message.', effect: 'write' }],
    triggers: [{ id: 'message', name: 'New message', description: 'A message is posted.', kind: 'webhook' }],
  };
}

export function execution(overrides: Partial<Schemas['Execution']> = {}): Schemas['Execution'] {
  return {
    id: 'exec_1',
    endUser: { id: 'alice', email: 'alice@example.com' },
    integration: { slug: 'slack', name: 'Slack' },
    action: 'send_message',
    status: 'success',
    source: 'api',
    duration: 234,
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** A fake API for one test file: listening for the file, reset before each test. */
export function useFakeApi() {
  const api = fakeApi();
  beforeAll(() => api.server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => api.server.close());
  beforeEach(() => api.reset());
  return api;
}
