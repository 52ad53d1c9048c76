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

type Schemas = components['schemas'];
type Method = 'GET' | 'POST' | 'DELETE';

// Configuration mistakes are told to the developer once per page, not on every request.
const told = new Set<string>();

function apiError(response: Response, body: unknown): ConnectApiError {
  const fields = (body as { error?: Partial<ErrorFields> } | undefined)?.error;
  const error = new ConnectApiError(
    response.status,
    fields?.code ?? (response.status === 401 ? 'unauthorized' : 'unknown'),
    fields?.message ?? `Patchbay answered ${response.status}.`,
    fields?.requestId,
  );
  if (error.code === 'origin_not_allowed' && !told.has(error.message)) {
    told.add(error.message);
    console.error(`Patchbay: ${error.message}`);
  }
  return error;
}

/**
 * The connect-session endpoints, typed by openapi.yaml (paths are checked against it), authenticated
 * with the session token only. Five calls: plain fetch rather than a client library, to keep the
 * widget small.
 */
export function createConnectApi(options: ConnectApiOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function call<T>(method: Method, path: keyof paths, slug: string, body?: unknown): Promise<T> {
    const url = baseUrl + path.replace(/\{\w+\}/, encodeURIComponent(slug));
    let token = await options.sessionToken();
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        // The global fetch is looked up per call, so one installed later (tests, instrumentation) applies.
        response = await globalThis.fetch(url, {
          method,
          headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
      } catch (error) {
        throw new ConnectApiError(0, 'network_error', error instanceof Error ? error.message : 'The request failed.');
      }
      const answer: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
      if (response.ok) return answer as T;
      if (response.status === 401 && attempt === 0) {
        const fresh = await options.sessionToken(token);
        if (fresh !== token) {
          token = fresh;
          continue;
        }
      }
      throw apiError(response, answer);
    }
  }

  return {
    listIntegrations: () => call<Schemas['ConnectIntegrationList']>('GET', '/api/v1/connect/integrations', '').then((body) => body.integrations),
    listConnections: () => call<Schemas['ConnectionList']>('GET', '/api/v1/connect/connections', '').then((body) => body.connections),
    /** Popup mode without `redirectUri` (the page's origin must be allowed), redirect mode with it. */
    authorize: (slug: string, redirectUri?: string) =>
      call<Schemas['AuthorizeConnectionResponse']>('POST', '/api/v1/connect/integrations/{slug}/authorize', slug, (redirectUri ? { redirectUri } : {}) satisfies Schemas['StartConnectOAuthRequest']),
    submitCredentials: (slug: string, credentials: Credentials) =>
      call<Connection>('POST', '/api/v1/connect/integrations/{slug}/credentials', slug, { credentials } satisfies Schemas['ConnectCredentialsRequest']),
    disconnect: (connectionId: string) => call<undefined>('DELETE', '/api/v1/connect/connections/{connectionId}', connectionId),
  };
}
