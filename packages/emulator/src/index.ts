import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from './grants.js';
import { createRequestListener } from './server.js';
import { EmulatorState, type CannedResponse, type EmulatorCounters, type SentMessage } from './state.js';

export type { CannedResponse, Client, EmulatorCounters, SentMessage };

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: the emulator accepts any redirect_uri, so it should not be reachable from elsewhere. */
  host?: string;
  /** Lifetime of issued access tokens; 3600 by default. */
  accessTokenTtlSeconds?: number;
  /** The OAuth clients the emulator knows; `demoClient` by default. */
  clients?: Client[];
  /** Skip the consent page: authorize redirects back with a code at once. */
  autoApprove?: boolean;
}

export interface Emulator {
  /** Where it listens, e.g. http://127.0.0.1:54321 (no trailing slash). */
  url: string;
  close(): Promise<void>;
  stats(): EmulatorCounters;
  /** Forgets codes, grants, tokens, messages, queued failures and counters. */
  reset(): void;
  /** Every access token issued so far now answers token_expired; refresh tokens still work. */
  expireAccessTokens(): void;
  /** Revokes the grant a token (refresh or access) belongs to, as a user removing the app at the provider would. */
  revokeGrant(refreshToken: string): void;
  /** The next `times` (default 1) requests to `path`, any method, get this answer instead. */
  failNext(path: string, response: CannedResponse, times?: number): void;
  /** Messages accepted by Slack's chat.postMessage, oldest first. */
  messages(): SentMessage[];
}

/** The client the emulator knows by default; the demo mode configures Patchbay with it. */
export const demoClient: Client = { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' };

/** Starts the provider emulator on loopback. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const ttl = options.accessTokenTtlSeconds ?? 3600;
  if (!Number.isFinite(ttl) || ttl < 0) throw new RangeError('accessTokenTtlSeconds must be a non-negative number');
  const state = new EmulatorState(options.clients ?? [demoClient], ttl, options.autoApprove ?? false);
  const server = createServer(createRequestListener(state));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    stats: () => ({ ...state.counters }),
    reset: () => state.reset(),
    expireAccessTokens: () => state.grants.expireAccessTokens(),
    revokeGrant: (token) => state.grants.revokeByToken(token),
    failNext: (path, response, times = 1) => state.queueFailure(path, response, times),
    messages: () => state.messages.map((message) => ({ ...message })),
  };
}

/** Where a provider lives on the emulator, for `<SLUG>_AUTHORIZATION_URL`, `_TOKEN_URL`, `_API_BASE_URL`. */
export function emulatorEndpoints(emulatorUrl: string, slug: string): { authorizationUrl: string; tokenUrl: string; apiBaseUrl: string } {
  if (slug === 'slack') {
    return {
      authorizationUrl: `${emulatorUrl}/slack/oauth/v2/authorize`,
      tokenUrl: `${emulatorUrl}/slack/api/oauth.v2.access`,
      apiBaseUrl: `${emulatorUrl}/slack/api/`,
    };
  }
  return {
    authorizationUrl: `${emulatorUrl}/${slug}/oauth/authorize`,
    tokenUrl: `${emulatorUrl}/${slug}/oauth/token`,
    apiBaseUrl: `${emulatorUrl}/${slug}/api/`,
  };
}
