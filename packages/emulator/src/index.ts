import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from './grants.js';
import { createRequestListener } from './server.js';
import { EmulatorState, type CannedResponse, type EmulatorCounters, type SentMessage } from './state.js';

export type { CannedResponse, Client, EmulatorCounters, SentMessage };

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  accessTokenTtlSeconds?: number;
  clients?: Client[];
  /** Skip the consent page and approve at once. */
  autoApprove?: boolean;
}

export interface Emulator {
  url: string;
  close(): Promise<void>;
  stats(): EmulatorCounters;
  reset(): void;
  expireAccessTokens(): void;
  /** Revokes the grant the token belongs to, as a user removing the app at the provider would. */
  revokeGrant(token: string): void;
  /** The next `times` requests to `path` get this answer instead. */
  failNext(path: string, response: CannedResponse, times?: number): void;
  messages(): SentMessage[];
}

export const demoClient: Client = { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' };

/** Starts the provider emulator on loopback. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState(options.clients ?? [demoClient], options.accessTokenTtlSeconds ?? 3600, options.autoApprove ?? false);
  const server = createServer(createRequestListener(state));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    stats: () => ({ ...state.counters }),
    reset: () => state.reset(),
    expireAccessTokens: () => state.grants.expireAccessTokens(),
    revokeGrant: (token) => state.grants.revokeByToken(token),
    failNext: (path, response, times = 1) => state.failures.set(path, { response, remaining: times }),
    messages: () => [...state.messages],
  };
}

/** Where a provider lives on the emulator, for `<SLUG>_AUTHORIZATION_URL`, `_TOKEN_URL`, `_API_BASE_URL`. */
export function emulatorEndpoints(emulatorUrl: string, slug: string) {
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
