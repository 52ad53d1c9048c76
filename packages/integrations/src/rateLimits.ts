/** What one provider answer says of the caller's rate limit; times are epoch milliseconds. */
export interface ProviderRateLimit {
  /** Calls allowed per window. */
  limit?: number;
  /** Calls left in the current window. */
  remaining?: number;
  /** When the window ends and `limit` calls are allowed again. */
  resetAt?: number;
  /** No call before this (`Retry-After` on a 429 or 503). */
  retryAt?: number;
}

export type RateLimitReader = (response: { status: number; headers: Headers }, now: number) => ProviderRateLimit;

const number = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
};

/**
 * A reset given as a number: epoch milliseconds (Linear), epoch seconds (GitHub) or seconds
 * from now (the IETF RateLimit headers); told apart by size.
 */
export function resetTime(value: string | null, now: number): number | undefined {
  const reset = number(value);
  if (reset === undefined) return value === null ? undefined : dateTime(value);
  if (reset > 1e12) return reset;
  if (reset > 1e9) return reset * 1000;
  return now + reset * 1000;
}

// Only something that looks like an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`): Date.parse
// reads "-4" as a year.
const dateTime = (value: string): number | undefined => {
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
};

/** RFC 9110 §10.2.3: delay seconds or an HTTP date. */
export function retryAfterTime(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const seconds = number(value);
  if (seconds !== undefined) return now + seconds * 1000;
  const date = dateTime(value);
  return date === undefined ? undefined : Math.max(now, date);
}

/** Reads `<prefix>limit`, `<prefix>remaining` and `<prefix>reset`, for providers naming them their own way. */
export function readPrefixedRateLimit(headers: Headers, prefixes: readonly string[], now: number): ProviderRateLimit {
  for (const prefix of prefixes) {
    const remaining = number(headers.get(`${prefix}remaining`));
    if (remaining === undefined) continue;
    const limit = number(headers.get(`${prefix}limit`));
    const resetAt = resetTime(headers.get(`${prefix}reset`), now);
    return { remaining, ...(limit !== undefined ? { limit } : {}), ...(resetAt !== undefined ? { resetAt } : {}) };
  }
  return {};
}

/**
 * The common headers: `Retry-After` on 429 and 503 (Slack's tiers, Notion, Asana), and
 * `X-RateLimit-Limit/Remaining/Reset` (GitHub: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit)
 * or the IETF draft's `RateLimit-Limit/Remaining/Reset`.
 */
export const readRateLimitHeaders: RateLimitReader = ({ status, headers }, now) => {
  const limit = readPrefixedRateLimit(headers, ['x-ratelimit-', 'ratelimit-'], now);
  const retryAt = status === 429 || status === 503 ? retryAfterTime(headers.get('retry-after'), now) : undefined;
  return retryAt === undefined ? limit : { ...limit, retryAt };
};
