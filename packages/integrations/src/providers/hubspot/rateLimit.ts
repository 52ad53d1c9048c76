import { readRateLimitHeaders, type RateLimitReader } from '../../rateLimits.js';

/**
 * HubSpot counts calls in a rolling window and says so in its own headers
 * (https://developers.hubspot.com/docs/api/usage-details#rate-limits): `X-HubSpot-RateLimit-Max`
 * calls per `-Interval-Milliseconds`, `-Remaining` left. A rolling window has no fixed reset;
 * a full interval from now is when the quota has surely come back.
 */
export const hubspotRateLimit: RateLimitReader = (response, now) => {
  const common = readRateLimitHeaders(response, now);
  const remaining = Number(response.headers.get('x-hubspot-ratelimit-remaining') ?? Number.NaN);
  const interval = Number(response.headers.get('x-hubspot-ratelimit-interval-milliseconds') ?? Number.NaN);
  const max = Number(response.headers.get('x-hubspot-ratelimit-max') ?? Number.NaN);
  if (!Number.isFinite(remaining) || !Number.isFinite(interval)) return common;
  return { ...common, remaining, resetAt: now + interval, ...(Number.isFinite(max) ? { limit: max } : {}) };
};
