import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@patchbay/api-types';

export type Schemas = components['schemas'];
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** A non-2xx answer, carrying the API's one error body. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** What each request needs from the signed-in state: the chosen app and the CSRF token. */
export interface ClientContext {
  appId(): string | undefined;
  csrfToken(): string | undefined;
  onUnauthorized(): void;
}

export function createApiClient(context: ClientContext, baseUrl = window.location.origin): ApiClient {
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin' });
  const sessionHeaders: Middleware = {
    onRequest({ request }) {
      const appId = context.appId();
      if (appId && !request.headers.has('x-patchbay-app')) request.headers.set('X-Patchbay-App', appId);
      const csrf = context.csrfToken();
      if (csrf && request.method !== 'GET') request.headers.set('X-CSRF-Token', csrf);
      return request;
    },
    onResponse({ response, request }) {
      if (response.status === 401 && !new URL(request.url).pathname.endsWith('/dashboard/sign-in')) context.onUnauthorized();
      return response;
    },
  };
  client.use(sessionHeaders);
  return client;
}

type ErrorBody = { error?: { code?: string; message?: string; details?: { path: string; message: string }[] } };

/** The data of a successful call; otherwise throws ApiRequestError with the API's message. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiRequestError(0, 'network_error', 'Patchbay could not be reached. Check your connection and try again.');
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const body = (error ?? {}) as ErrorBody;
    throw new ApiRequestError(response.status, body.error?.code ?? 'error', body.error?.message ?? `Request failed (${response.status}).`, body.error?.details);
  }
  return data as T;
}
