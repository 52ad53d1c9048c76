import type { GithubHook } from './github.js';
import type { Spreadsheet } from './googleSheets.js';
import { GrantStore, type Client } from './grants.js';

/** A message chat.postMessage accepted, as `messages()` reports it. */
export interface SentMessage {
  /** The channel id, whichever form the caller used. */
  channel: string;
  text: string;
  ts: string;
  threadTs?: string;
  user: string;
}

/** What `failNext` answers instead of the emulated provider. */
export interface CannedResponse {
  status: number;
  /** Sent as JSON; omitted means an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Requests the emulated providers handled; canned `failNext` answers are not counted. */
export interface EmulatorCounters {
  authorizeRequests: number;
  /** Every token endpoint call, refreshes included. */
  tokenRequests: number;
  refreshRequests: number;
  /** Slack Web API and `/{provider}/api/*` calls. */
  apiRequests: number;
  /** API calls refused with 429 because they went over `setRateLimit`. */
  rateLimited: number;
}

const zeroCounters = (): EmulatorCounters => ({ authorizeRequests: 0, tokenRequests: 0, refreshRequests: 0, apiRequests: 0, rateLimited: 0 });

/** What the rate limiter says of one API call. */
export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Everything the emulator remembers; reset() forgets it all. */
export class EmulatorState {
  readonly grants: GrantStore;
  readonly messages: SentMessage[] = [];
  private readonly failures = new Map<string, { response: CannedResponse; remaining: number }>();
  counters = zeroCounters();
  private lastTs = 1_700_000_000_000_000;
  /** Where Slack Event Subscriptions push (set by connectSlackEvents), signed with slackSigningSecret. */
  slackEventsUrl: string | undefined;
  readonly githubHooks: GithubHook[] = [];
  githubHookNumber = 0;
  githubIssueNumber = 0;
  readonly spreadsheets = new Map<string, Spreadsheet>();
  private requestsPerSecond: number | undefined;
  /** Calls per grant in the current one-second window. */
  private readonly windows = new Map<string, { second: number; calls: number }>();

  constructor(
    clients: Client[],
    accessTokenTtlSeconds: number,
    readonly autoApprove: boolean,
    readonly slackSigningSecret: string,
  ) {
    this.grants = new GrantStore(clients, accessTokenTtlSeconds);
  }

  /** Slack message timestamps: `seconds.micros`, unique and increasing even within one microsecond. */
  nextTs(): string {
    this.lastTs = Math.max(this.lastTs + 1, Date.now() * 1000);
    const digits = String(this.lastTs);
    return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
  }

  /** Queues a canned answer for the next `times` requests to `path` (any method); replaces one already queued. */
  queueFailure(path: string, response: CannedResponse, times = 1): void {
    const problem = cannedResponseProblem(path, response, times);
    if (problem) throw new TypeError(`failNext: ${problem}`);
    this.failures.set(path, { response: { ...response, headers: { ...response.headers } }, remaining: times });
  }

  /** The canned answer queued for this path, if any; consumes one use. */
  takeFailure(path: string): CannedResponse | undefined {
    const failure = this.failures.get(path);
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.delete(path);
    return failure.response;
  }

  /** Allows each grant this many API calls per wall-clock second (undefined: no limit). */
  setRateLimit(requestsPerSecond: number | undefined): void {
    if (requestsPerSecond !== undefined && (!Number.isInteger(requestsPerSecond) || requestsPerSecond < 1)) {
      throw new TypeError('requestsPerSecond must be a positive integer');
    }
    this.requestsPerSecond = requestsPerSecond;
    this.windows.clear();
  }

  /**
   * Counts one API call of the grant against the limit, as GitHub-style providers do: fixed
   * one-second windows, `X-RateLimit-Limit/Remaining/Reset` (epoch seconds) on every answer, and a
   * 429 with `Retry-After` past the limit.
   */
  rateLimit(grantId: string, now = Date.now()): RateLimitVerdict {
    const limit = this.requestsPerSecond;
    if (limit === undefined) return { allowed: true, headers: {} };
    const second = Math.floor(now / 1000);
    const window = this.windows.get(grantId);
    const current = window && window.second === second ? window : { second, calls: 0 };
    current.calls += 1;
    this.windows.set(grantId, current);
    const allowed = current.calls <= limit;
    if (!allowed) this.counters.rateLimited += 1;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - current.calls)),
      'x-ratelimit-reset': String(second + 1),
    };
    return { allowed, headers: allowed ? headers : { ...headers, 'retry-after': '1' } };
  }

  reset(): void {
    this.grants.reset();
    this.messages.length = 0;
    this.failures.clear();
    this.counters = zeroCounters();
    this.githubHooks.length = 0;
    this.spreadsheets.clear();
    this.setRateLimit(undefined);
  }
}

/** Why a canned response cannot be sent, or undefined; checked up front so a bad one never reaches writeHead. */
export function cannedResponseProblem(path: unknown, response: { status?: unknown; headers?: unknown }, times: unknown): string | undefined {
  if (typeof path !== 'string' || !path.startsWith('/')) return 'path must be a string starting with "/"';
  if (typeof response.status !== 'number' || !Number.isInteger(response.status) || response.status < 200 || response.status > 599) {
    return 'status must be an integer from 200 to 599';
  }
  const headers = response.headers;
  if (headers !== undefined && (typeof headers !== 'object' || headers === null || Object.values(headers).some((value) => typeof value !== 'string'))) {
    return 'headers must map names to strings';
  }
  if (typeof times !== 'number' || !Number.isInteger(times) || times < 1) return 'times must be a positive integer';
  return undefined;
}
