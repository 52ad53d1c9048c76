import { describe, expect, it } from 'vitest';
import { readRateLimitHeaders, resetTime, retryAfterTime } from './rateLimits.js';

const now = 1_700_000_000_000;
const read = (status: number, headers: Record<string, string>) => readRateLimitHeaders({ status, headers: new Headers(headers) }, now);

describe('rate-limit headers', () => {
  it('reads GitHub\'s X-RateLimit-* with the reset in epoch seconds', () => {
    // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit
    expect(read(200, { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4987', 'x-ratelimit-reset': '1700003600', 'x-ratelimit-used': '13' })).toEqual({
      limit: 5000,
      remaining: 4987,
      resetAt: 1_700_003_600_000,
    });
  });

  it('reads the IETF RateLimit-* headers with the reset in seconds from now', () => {
    expect(read(200, { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '30' })).toEqual({ limit: 100, remaining: 0, resetAt: now + 30_000 });
  });

  it('takes Retry-After (seconds or an HTTP date) only from a 429 or 503', () => {
    expect(read(429, { 'retry-after': '30' })).toEqual({ retryAt: now + 30_000 });
    expect(read(503, { 'retry-after': new Date(now + 5000).toUTCString() })).toEqual({ retryAt: now + 5000 });
    expect(read(200, { 'retry-after': '30' })).toEqual({});
  });

  it('ignores what it cannot read', () => {
    expect(read(200, { 'x-ratelimit-remaining': 'lots', 'x-ratelimit-limit': '100, 100;window=60' })).toEqual({});
    expect(retryAfterTime('soon', now)).toBeUndefined();
    expect(resetTime('-4', now)).toBeUndefined();
    expect(retryAfterTime(new Date(now - 60_000).toUTCString(), now)).toBe(now);
  });

  it('tells epoch milliseconds, epoch seconds and relative seconds apart', () => {
    expect(resetTime('1700000005000', now)).toBe(1_700_000_005_000);
    expect(resetTime('1700000005', now)).toBe(1_700_000_005_000);
    expect(resetTime('5', now)).toBe(now + 5000);
  });
});
