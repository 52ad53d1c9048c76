import { GrantStore, type Client } from './grants.js';

export interface SentMessage {
  channel: string;
  text: string;
  ts: string;
  threadTs?: string;
  user: string;
}

export interface CannedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface EmulatorCounters {
  authorizeRequests: number;
  tokenRequests: number;
  refreshRequests: number;
  apiRequests: number;
}

const zeroCounters = (): EmulatorCounters => ({ authorizeRequests: 0, tokenRequests: 0, refreshRequests: 0, apiRequests: 0 });

/** Everything the emulator remembers; reset() forgets it all. */
export class EmulatorState {
  readonly grants: GrantStore;
  readonly messages: SentMessage[] = [];
  readonly failures = new Map<string, { response: CannedResponse; remaining: number }>();
  counters = zeroCounters();
  private lastTs = 1_700_000_000_000_000;

  constructor(
    clients: Client[],
    accessTokenTtlSeconds: number,
    readonly autoApprove: boolean,
  ) {
    this.grants = new GrantStore(clients, accessTokenTtlSeconds);
  }

  /** Slack message timestamps: unique and increasing, `seconds.micros`. */
  nextTs(): string {
    this.lastTs = Math.max(this.lastTs + 1, Date.now() * 1000);
    const text = String(this.lastTs);
    return `${text.slice(0, -6)}.${text.slice(-6)}`;
  }

  /** The canned answer queued for this path by failNext, if any; consumes one use. */
  takeFailure(path: string): CannedResponse | undefined {
    const failure = this.failures.get(path);
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.delete(path);
    return failure.response;
  }

  reset(): void {
    this.grants.reset();
    this.messages.length = 0;
    this.failures.clear();
    this.counters = zeroCounters();
  }
}
