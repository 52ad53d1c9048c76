import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from './grants.js';
import { emitGithubEvent, type GithubHook } from './github.js';
import { appendToSheet, seedSpreadsheet } from './googleSheets.js';
import type { PushAnswer } from './push.js';
import { createRequestListener } from './server.js';
import { postAsUser } from './slack.js';
import { connectSlackEvents, demoSlackSigningSecret, emitSlackEvent, type SlackEventOptions } from './slackEvents.js';
import { EmulatorState, type CannedResponse, type EmulatorCounters, type SentMessage } from './state.js';

export type { CannedResponse, Client, EmulatorCounters, GithubHook, PushAnswer, SentMessage, SlackEventOptions };
export { demoSlackSigningSecret };

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
  /** What the emulated Slack app signs its event pushes with; `demoSlackSigningSecret` by default. */
  slackSigningSecret?: string;
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
  /** Keeps only these scopes of the grant a token belongs to, as a user unticking permissions would. */
  shrinkScopes(token: string, scopes: string[]): void;
  /** Each grant may make this many API calls per second; past it, 429 with Retry-After. Undefined lifts the limit. */
  setRateLimit(requestsPerSecond: number | undefined): void;
  /** The next `times` (default 1) requests to `path`, any method, get this answer instead. */
  failNext(path: string, response: CannedResponse, times?: number): void;
  /** Messages accepted by Slack's chat.postMessage, oldest first. */
  messages(): SentMessage[];
  /**
   * Slack Event Subscriptions: sends the url_verification challenge to `url` and, once it is
   * echoed, pushes events there (signed with the signing secret), including chat.postMessage's.
   */
  connectSlackEvents(url: string): Promise<void>;
  /** Pushes one Slack event (an event_callback); reuse `eventId` with `retryNum` to send a retry. */
  emitSlackEvent(event: Record<string, unknown>, options?: SlackEventOptions): Promise<PushAnswer & { eventId: string }>;
  /** A person posts in a channel (`general`, `C0EMU0GEN`): stored, and pushed as a `message` event. */
  postAsUser(channel: string, text: string): Promise<PushAnswer & { eventId: string; ts: string }>;
  /** GitHub repository hooks registered so far. */
  githubHooks(): GithubHook[];
  /** Delivers a GitHub event to the repository's hooks that listen to it; reuse `deliveryId` to redeliver. */
  emitGithubEvent(repository: string, type: string, payload: Record<string, unknown>, options?: { deliveryId?: string }): Promise<PushAnswer[]>;
  /** Creates (or replaces) a Google spreadsheet: sheet name → rows of cells. */
  seedSpreadsheet(id: string, sheets: Record<string, unknown[][]>): void;
  /** Rows typed at the bottom of a sheet. */
  appendToSheet(id: string, sheet: string, rows: unknown[][]): void;
}

/** The client the emulator knows by default; the demo mode configures Patchbay with it. */
export const demoClient: Client = { clientId: 'patchbay-demo', clientSecret: 'patchbay-demo-secret' };

/** Starts the provider emulator on loopback. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const ttl = options.accessTokenTtlSeconds ?? 3600;
  if (!Number.isFinite(ttl) || ttl < 0) throw new RangeError('accessTokenTtlSeconds must be a non-negative number');
  const state = new EmulatorState(options.clients ?? [demoClient], ttl, options.autoApprove ?? false, options.slackSigningSecret ?? demoSlackSigningSecret);
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
    shrinkScopes: (token, scopes) => state.grants.shrinkScopes(token, scopes),
    setRateLimit: (requestsPerSecond) => state.setRateLimit(requestsPerSecond),
    failNext: (path, response, times = 1) => state.queueFailure(path, response, times),
    messages: () => state.messages.map((message) => ({ ...message })),
    connectSlackEvents: (url) => connectSlackEvents(state, url),
    emitSlackEvent: (event, eventOptions) => emitSlackEvent(state, event, eventOptions),
    postAsUser: (channel, text) => postAsUser(state, channel, text),
    githubHooks: () => state.githubHooks.map((hook) => ({ ...hook, deliveries: [...hook.deliveries] })),
    emitGithubEvent: (repository, type, payload, eventOptions) => emitGithubEvent(state, repository, type, payload, eventOptions),
    seedSpreadsheet: (id, sheets) => seedSpreadsheet(state, id, sheets),
    appendToSheet: (id, sheet, rows) => appendToSheet(state, id, sheet, rows),
  };
}

/** Where a provider lives on the emulator, for `<SLUG>_AUTHORIZATION_URL`, `_TOKEN_URL`, `_API_BASE_URL`, `_TOKEN_INFO_URL`. */
export function emulatorEndpoints(emulatorUrl: string, slug: string): { authorizationUrl: string; tokenUrl: string; apiBaseUrl: string; tokenInfoUrl?: string } {
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
    tokenInfoUrl: `${emulatorUrl}/${slug}/oauth/tokeninfo`,
  };
}
