import type { ActionError } from '@patchbay/integrations';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts after this much time since the first attempt. */
  budgetMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 45_000 };

/**
 * 429, 5xx and network failures are worth another try; a timeout is not (the provider may
 * have done the work), and neither is anything the provider refused on its merits.
 */
export function isRetryable(error: ActionError): boolean {
  if (error.code === 'rate_limited') return true;
  if (error.code !== 'provider_error') return false;
  return error.providerStatus === undefined || error.providerStatus >= 500;
}

/** Exponential backoff with full jitter, or what the provider asked for in Retry-After. */
export function retryDelayMs(attempt: number, error: ActionError, policy: RetryPolicy, random: () => number = Math.random): number {
  if (error.retryAfter !== undefined) return error.retryAfter * 1000;
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}

export type AttemptResult<T> = { ok: true; value: T } | { ok: false; error: ActionError };

export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's attempts or budget run out.
 * `delaysMs[i]` is the wait after attempt i + 1.
 */
export async function withRetries<T>(
  attempt: (number: number) => Promise<AttemptResult<T>>,
  policy: RetryPolicy = defaultRetryPolicy,
  clock: RetryClock = realClock,
): Promise<{ result: AttemptResult<T>; attempts: number; delaysMs: number[] }> {
  const started = clock.now();
  const delaysMs: number[] = [];
  for (let number = 1; ; number += 1) {
    const result = await attempt(number);
    if (result.ok || !isRetryable(result.error) || number >= policy.maxAttempts) return { result, attempts: number, delaysMs };
    const delay = retryDelayMs(number, result.error, policy, clock.random);
    if (clock.now() - started + delay > policy.budgetMs) return { result, attempts: number, delaysMs };
    delaysMs.push(delay);
    await clock.sleep(delay);
  }
}
