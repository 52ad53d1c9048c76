import { expect } from 'vitest';

/** Small fetch wrappers for tests that talk to the server like a client would. */
export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T = any>(
  url: string,
  options: { method?: string; apiKey?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as T) : (undefined as T) };
}

let counter = 0;

/** Signs up a new account and app; each test gets its own. */
export async function signUp(baseUrl: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const response = await request<{ success: true; app: { appId: string; apiKey: string; webhookSecret: string; name: string } }>(
    `${baseUrl}/api/v1/apps`,
    {
      body: {
        accountEmail: `admin-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}@company-x.com`,
        accountPassword: 'secure-password',
        accountName: 'Company X',
        appName: 'Company X Product',
        ...overrides,
      },
    },
  );
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.app;
}

/** The one error body, with the given type and code. */
export function errorBody(type: string, code: string) {
  return {
    error: expect.objectContaining({ type, code, message: expect.any(String), requestId: expect.stringMatching(/^req_/) }),
  };
}
