import { ActionError } from '@patchbay/integrations';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultRetryPolicy, isRetryable, retryDelayMs, withRetries, type AttemptResult, type RetryClock } from './retry.js';

const fail = (options: ConstructorParameters<typeof ActionError>[0]): AttemptResult<string> => ({ ok: false, error: new ActionError(options) });
const serverError = fail({ code: 'provider_error', message: 'down', providerStatus: 503 });

describe('retry policy', () => {
  it('retries 429, 5xx and network errors; not timeouts nor refusals', () => {
    expect(isRetryable(new ActionError({ code: 'rate_limited', message: '', providerStatus: 429 }))).toBe(true);
    expect(isRetryable(new ActionError({ code: 'provider_error', message: '', providerStatus: 502 }))).toBe(true);
    expect(isRetryable(new ActionError({ code: 'provider_error', message: 'unreachable' }))).toBe(true);
    expect(isRetryable(new ActionError({ code: 'timeout', message: '' }))).toBe(false);
    expect(isRetryable(new ActionError({ code: 'not_found', message: '', providerStatus: 404 }))).toBe(false);
    expect(isRetryable(new ActionError({ code: 'provider_error', message: '', providerStatus: 200, providerCode: 'weird' }))).toBe(false);
  });

  it('backs off exponentially with full jitter, capped, and honours Retry-After', () => {
    const error = new ActionError({ code: 'provider_error', message: '', providerStatus: 500 });
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, error, defaultRetryPolicy, () => 1))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelayMs(3, error, defaultRetryPolicy, () => 0.5)).toBe(1000);
    expect(retryDelayMs(1, new ActionError({ code: 'rate_limited', message: '', retryAfter: 7 }), defaultRetryPolicy, () => 1)).toBe(7000);
  });
});

describe('withRetries on fake timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const clock: RetryClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => 1,
  };

  it('waits 500, 1000, 2000 ms between four attempts, then gives up', async () => {
    const startedAt: number[] = [];
    const run = withRetries(async () => {
      startedAt.push(Date.now());
      return serverError;
    }, defaultRetryPolicy, clock);
    await vi.runAllTimersAsync();
    const { result, attempts, delaysMs } = await run;
    expect(attempts).toBe(4);
    expect(delaysMs).toEqual([500, 1000, 2000]);
    expect(result.ok).toBe(false);
    expect(startedAt.slice(1).map((at, i) => at - startedAt[i]!)).toEqual([500, 1000, 2000]);
  });

  it('stops as soon as an attempt succeeds', async () => {
    let calls = 0;
    const run = withRetries(async () => (++calls < 3 ? serverError : { ok: true, value: 'done' }), defaultRetryPolicy, clock);
    await vi.runAllTimersAsync();
    expect(await run).toEqual({ result: { ok: true, value: 'done' }, attempts: 3, delaysMs: [500, 1000] });
  });

  it('does not start a retry that would end past the time budget', async () => {
    const run = withRetries(async () => fail({ code: 'rate_limited', message: '', retryAfter: 60 }), defaultRetryPolicy, clock);
    await vi.runAllTimersAsync();
    expect((await run).attempts).toBe(1);
  });
});
