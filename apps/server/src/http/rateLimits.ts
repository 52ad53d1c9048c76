import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { memoryPacingStore, redisPacingStore, type PacingStore } from '../actions/pacingStore.js';
import { ApiError } from './apiError.js';

export type LimitScope = 'reads' | 'writes' | 'actions' | 'signups' | 'provider' | 'connection';

export interface LimitOutcome {
  headers: Record<string, string>;
  /** Milliseconds until a point frees up, when refused. */
  retryAfterMs?: number;
}

export interface RateLimits {
  /** Takes one point from every key; refuses when any is exhausted. */
  consume(scope: LimitScope, keys: string[]): Promise<LimitOutcome>;
  /** What providers' answers said of their rate limits, on the same store (actions/providerPacer.ts). */
  pacing: PacingStore;
  close(): Promise<void>;
}

const scopeMessages: Record<LimitScope, string> = {
  reads: 'Too many read requests',
  writes: 'Too many write requests',
  actions: 'Too many action calls',
  signups: 'Too many sign-ups from this address',
  provider: 'Too many calls to this provider',
  connection: 'Too many calls with this connection',
};

/**
 * Token counters per scope: in memory for one process, in Redis (REDIS_URL) when several API
 * processes must share them. If Redis fails, an in-memory limiter stands in (rate-limiter-
 * flexible's insurance limiter) rather than letting requests fail or pass unlimited.
 */
export function createRateLimits(config: Pick<Config, 'redisUrl' | 'rateLimits'>, keyPrefix = 'patchbay', onRedisError: (error: unknown) => void = () => {}): RateLimits {
  const limits = config.rateLimits;
  const shapes: Record<LimitScope, { points: number; duration: number }> = {
    reads: { points: limits.readsPerMinute, duration: 60 },
    writes: { points: limits.writesPerMinute, duration: 60 },
    actions: { points: limits.actionsPerMinute, duration: 60 },
    signups: { points: limits.signupsPerHour, duration: 3600 },
    provider: { points: limits.providerCallsPerMinute, duration: 60 },
    connection: { points: limits.connectionCallsPerMinute, duration: 60 },
  };
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on('error', () => {
    // Reported through the insurance limiter taking over; reconnects on its own.
  });
  const limiters = Object.fromEntries(
    Object.entries(shapes).map(([scope, shape]) => {
      const options = { keyPrefix: `${keyPrefix}:${scope}`, ...shape };
      const limiter: RateLimiterAbstract = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      return [scope, limiter];
    }),
  ) as Record<LimitScope, RateLimiterAbstract>;

  return {
    pacing: redis ? redisPacingStore(redis, keyPrefix, onceAMinute(onRedisError)) : memoryPacingStore(),
    async consume(scope, keys) {
      const limiter = limiters[scope];
      // consume() rejects with a RateLimiterRes when the key has no points left.
      const results = await Promise.all(
        keys.map((key) =>
          limiter.consume(key).then(
            (res) => ({ allowed: true, res }),
            (error: unknown) => (error instanceof RateLimiterRes ? { allowed: false, res: error } : Promise.reject(error)),
          ),
        ),
      );
      const refused = results.find((result) => !result.allowed);
      const tightest = results.map((result) => result.res).reduce((a, b) => (b.remainingPoints < a.remainingPoints ? b : a));
      const headers = {
        'RateLimit-Limit': String(shapes[scope].points),
        'RateLimit-Remaining': String(Math.max(0, tightest.remainingPoints)),
        'RateLimit-Reset': String(Math.ceil(tightest.msBeforeNext / 1000)),
      };
      return refused ? { headers, retryAfterMs: refused.res.msBeforeNext } : { headers };
    },
    async close() {
      redis?.disconnect();
    },
  };
}

/** Reports the first failure of each minute: an outage must be seen, not flood the log. */
function onceAMinute(report: (error: unknown) => void): (error: unknown) => void {
  let last = 0;
  return (error) => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    report(error);
  };
}

export function rateLimitedError(scope: LimitScope, outcome: LimitOutcome): ApiError {
  const seconds = Math.max(1, Math.ceil((outcome.retryAfterMs ?? 1000) / 1000));
  return new ApiError({
    status: 429,
    type: 'rate_limit_error',
    code: scope === 'provider' || scope === 'connection' ? 'provider_rate_limited' : 'rate_limited',
    message: `${scopeMessages[scope]}; retry in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    headers: { ...outcome.headers, 'Retry-After': String(seconds) },
  });
}
