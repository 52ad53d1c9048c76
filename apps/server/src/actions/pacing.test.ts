import { describe, expect, it } from 'vitest';
import { redisAvailable, redisUrl } from '../../test/redis.js';
import { loadConfig } from '../config.js';
import { slack } from '@patchbay/integrations';
import type { Db } from '../db/knex.js';
import { createRateLimits, type RateLimits } from '../http/rateLimits.js';
import { createMetrics } from '../observability/metrics.js';
import type { Services } from '../services.js';
import { reserve, resetMarginMs, settle, type PaceState } from './pacing.js';
import { createPacer, type Pace } from './providerPacer.js';

const haveRedis = await redisAvailable();
const now = 1_700_000_000_000;
const go = (state: PaceState | undefined, id: string, at = now) => reserve(state, id, at);

describe('pace state', () => {
  it('before the first answer one call goes at a time; after it, what the provider said decides', () => {
    const first = go(undefined, 'a');
    expect(first.waitMs).toBe(0);
    expect(go(first.state, 'b')).toMatchObject({ waitMs: 50, reason: 'rate_limit' });
    // A provider without limit headers: nothing holds calls back after its first answer, and
    // with no limit to count them against, calls go without changing the state (nothing to write).
    const answered = settle(first.state, 'a', {}, now);
    for (const id of ['b', 'c', 'd']) expect(go(answered, id)).toEqual({ state: answered, waitMs: 0, tracked: false });
    expect(answered.inFlight).toEqual({});
    // Its Retry-After still holds them, and once a limit is known calls are counted in flight again.
    expect(go(settle(answered, 'b', { retryAt: now + 1000 }, now), 'c')).toMatchObject({ waitMs: 1000, reason: 'retry_after' });
    const limited = settle(answered, 'b', { limit: 5, remaining: 4, resetAt: now + 1000 }, now);
    expect(go(limited, 'c')).toMatchObject({ waitMs: 0, tracked: true, state: { inFlight: { c: now + 90_000 } } });
  });

  it('never has more calls out than the provider said were left, and refills at the reset', () => {
    let state = settle(go(undefined, 'probe').state, 'probe', { limit: 3, remaining: 2, resetAt: now + 1000 }, now);
    state = go(state, 'a').state;
    state = go(state, 'b').state;
    expect(go(state, 'c')).toMatchObject({ waitMs: 1000 + resetMarginMs, reason: 'rate_limit' });
    // Answers of one window come back in any order; the lowest count wins.
    state = settle(state, 'b', { limit: 3, remaining: 0, resetAt: now + 1000 }, now + 10);
    state = settle(state, 'a', { limit: 3, remaining: 1, resetAt: now + 1000 }, now + 20);
    expect(state.remaining).toBe(0);
    expect(go(state, 'c', now + 30).waitMs).toBe(1000 + resetMarginMs - 30);
    // After the reset the whole limit is there.
    const later = now + 1000 + resetMarginMs;
    for (const id of ['x', 'y', 'z']) state = go(state, id, later).state;
    expect(go(state, 'w', later)).toMatchObject({ reason: 'rate_limit' });
    expect(Object.keys(state.inFlight)).toEqual(['x', 'y', 'z']);
  });

  it('calls still in flight at a reset count against the new window', () => {
    let state = settle(go(undefined, 'probe').state, 'probe', { limit: 2, remaining: 1, resetAt: now + 1000 }, now);
    state = go(state, 'straggler', now + 900).state;
    const later = now + 1000 + resetMarginMs;
    state = go(state, 'x', later).state;
    expect(go(state, 'y', later)).toMatchObject({ reason: 'rate_limit' });
    expect(Object.keys(state.inFlight)).toEqual(['straggler', 'x']);
  });

  it('an answer from the next window, arriving before the reset here, sets the count for it', () => {
    // A call sent at the end of window 0 reached the provider in window 1, and its answer came
    // back before this clock passed window 0's reset: window 1 has 2 left, not its full 3.
    let state = settle(go(undefined, 'probe').state, 'probe', { limit: 3, remaining: 1, resetAt: now + 1000 }, now);
    state = go(state, 'straggler', now + 990).state;
    state = settle(state, 'straggler', { limit: 3, remaining: 2, resetAt: now + 2000 }, now + 1020);
    expect(state).toMatchObject({ remaining: 2, resetAt: now + 2000 });
    const later = now + 1000 + resetMarginMs;
    state = go(state, 'x', later).state;
    state = go(state, 'y', later).state;
    expect(go(state, 'z', later)).toMatchObject({ reason: 'rate_limit' });
  });

  it('an answer from a window already over does not lower the new one', () => {
    let state = settle(go(undefined, 'a').state, 'a', { limit: 5, remaining: 4, resetAt: now + 2000 }, now);
    state = settle(state, 'old', { limit: 5, remaining: 0, resetAt: now - 2000 }, now);
    expect(state).toMatchObject({ remaining: 4, resetAt: now + 2000 });
    // Nor, arriving after this clock rolled over, does it bring the old count back.
    const rolled = go(state, 'b', now + 2000 + resetMarginMs).state;
    expect(settle(rolled, 'late', { limit: 5, remaining: 0, resetAt: now + 2000 }, now + 2000 + resetMarginMs)).toMatchObject({ remaining: 5 });
  });

  it('Retry-After holds every call until then', () => {
    const state = settle(go(undefined, 'a').state, 'a', { retryAt: now + 30_000 }, now);
    expect(go(state, 'b', now + 1000)).toMatchObject({ waitMs: 29_000, reason: 'retry_after' });
    expect(go(state, 'b', now + 30_000).waitMs).toBe(0);
  });

  it('a reservation a crashed process never settled lapses', () => {
    const held = go(undefined, 'crashed').state;
    expect(go(held, 'b', now + 1000).waitMs).toBeGreaterThan(0);
    expect(go(held, 'b', now + 91_000).waitMs).toBe(0);
  });
});

/**
 * A provider allowing `limit` calls per wall-clock second, counting what it receives; each call
 * takes a few milliseconds, and the window's reset comes in the answer as epoch seconds.
 */
function provider(limit: number) {
  const windows = new Map<number, number>();
  let refused = 0;
  return {
    refused: () => refused,
    async call(): Promise<Response> {
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
      const second = Math.floor(Date.now() / 1000);
      const count = (windows.get(second) ?? 0) + 1;
      windows.set(second, count);
      if (count > limit) refused += 1;
      const headers = { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(Math.max(0, limit - count)), 'x-ratelimit-reset': String(second + 1) };
      return new Response(null, { status: count > limit ? 429 : 200, headers: count > limit ? { ...headers, 'retry-after': '1' } : headers });
    },
  };
}

/** A process's pacer, as performAction makes one, over these rate limits. */
function pacerOf(rateLimits: RateLimits, connectionId: string): Pace {
  const config = loadConfig({ NODE_ENV: 'test', PROVIDER_WAIT_ASYNC_MS: '60000' });
  const services = { config, rateLimits, metrics: createMetrics({} as Db) } as unknown as Services;
  return createPacer(services, { integration: slack, clientId: 'client', connectionId, mode: 'async' });
}

async function burst(pacers: Pace[], calls: number, concurrency: number, limit: number) {
  const fake = provider(limit);
  let next = 0;
  const worker = async (pace: Pace) => {
    while (next < calls) {
      next += 1;
      await pace(fake.call);
    }
  };
  const started = Date.now();
  await Promise.all(pacers.flatMap((pace) => Array.from({ length: concurrency }, () => worker(pace))));
  return { refused: fake.refused(), seconds: (Date.now() - started) / 1000 };
}

describe('pacing a burst', () => {
  it('in one process: 60 calls, 20 at once, against 10 per second, none refused', async () => {
    const rateLimits = createRateLimits(loadConfig({ NODE_ENV: 'test' }));
    const { refused, seconds } = await burst([pacerOf(rateLimits, `conn_mem${Date.now()}`)], 60, 20, 10);
    expect(refused).toBe(0);
    expect(seconds).toBeGreaterThan(4);
  });

  it.skipIf(!haveRedis)('in two processes sharing Redis: 60 calls, 20 at once each, against 10 per second, none refused', async () => {
    const config = loadConfig({ NODE_ENV: 'test', REDIS_URL: redisUrl });
    const [one, two] = [createRateLimits(config, 'patchbay-test'), createRateLimits(config, 'patchbay-test')];
    try {
      const connectionId = `conn_redis${Date.now()}`;
      const { refused, seconds } = await burst([pacerOf(one, connectionId), pacerOf(two, connectionId)], 60, 20, 10);
      expect(refused).toBe(0);
      expect(seconds).toBeGreaterThan(4);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
