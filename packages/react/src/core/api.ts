import createClient from 'openapi-fetch';
// A relative import of the generated types (not the private @patchbay/api-types package): tsup
// inlines them into the published .d.ts, so they never drift from openapi.yaml.
import type { components, paths } from '../../../api-types/src/schema.js';

export type ConnectIntegration = components['schemas']['ConnectIntegrationList']['integrations'][number];
export type Connection = components['schemas']['Connection'];
export type CredentialField = components['schemas']['CredentialField'];
export type Credentials = components['schemas']['ConnectCredentialsRequest']['credentials'];

type ErrorFields = components['schemas']['Error']['error'];

/** An API answer that was not a success, or no answer at all (`status` 0). Branch on `code`. */
export class ConnectApiError extends Error {
  override name = 'ConnectApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, requestId?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/**
 * Where the session token comes from. After a 401 it is called with the refused token: a source
 * of fresh tokens returns a new one, a fixed token the same (and the 401 stands).
 */
export type SessionTokenSource = (expired?: string) => string | Promise<string>;

export interface ConnectApiOptions {
  /** Where Patchbay runs, e.g. `https://api.patchbay.dev`. */
  baseUrl: string;
  sessionToken: SessionTokenSource;
}

export type ConnectApi = ReturnType<typeof createConnectApi>;

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function apiError(response: Response, body: unknown): ConnectApiError {
  const fields = (body as { error?: Partial<ErrorFields> } | undefined)?.error;
  return new ConnectApiError(
    response.status,
    fields?.code ?? (response.status === 401 ? 'unauthorized' : 'unknown'),
    fields?.message ?? `Patchbay answered ${response.status}.`,
    fields?.requestId,
  );
}

/** The connect-session endpoints, typed by openapi.yaml, authenticated with the session token only. */
export function createConnectApi(options: ConnectApiOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    // Looked up per call, so a fetch installed later (tests, instrumentation) applies.
    fetch: (request) => globalThis.fetch(request),
  });

  async function call<T>(send: (headers: { Authorization: string }) => Promise<Answer<T>>): Promise<T> {
    let token = await options.sessionToken();
    for (let attempt = 0; ; attempt += 1) {
      let answer: Answer<T>;
      try {
        answer = await send({ Authorization: `Bearer ${token}` });
      } catch (error) {
        throw new ConnectApiError(0, 'network_error', error instanceof Error ? error.message : 'The request failed.');
      }
      if (answer.response.ok) return answer.data as T;
      if (answer.response.status === 401 && attempt === 0) {
        const fresh = await options.sessionToken(token);
        if (fresh !== token) {
          token = fresh;
          continue;
        }
      }
      throw apiError(answer.response, answer.error);
    }
  }

  return {
    listIntegrations: () => call((headers) => client.GET('/api/v1/connect/integrations', { headers })).then((body) => body.integrations),
    listConnections: () => call((headers) => client.GET('/api/v1/connect/connections', { headers })).then((body) => body.connections),
    /** Popup mode without `redirectUri` (the page's origin must be allowed), redirect mode with it. */
    authorize: (slug: string, redirectUri?: string) =>
      call((headers) =>
        client.POST('/api/v1/connect/integrations/{slug}/authorize', {
          headers,
          params: { path: { slug } },
          body: redirectUri ? { redirectUri } : {},
        }),
      ),
    submitCredentials: (slug: string, credentials: Credentials) =>
      call((headers) => client.POST('/api/v1/connect/integrations/{slug}/credentials', { headers, params: { path: { slug } }, body: { credentials } })),
    disconnect: (connectionId: string) =>
      call((headers) => client.DELETE('/api/v1/connect/connections/{connectionId}', { headers, params: { path: { connectionId } } })).then(() => undefined),
  };
}
