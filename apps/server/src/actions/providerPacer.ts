import { randomUUID } from 'node:crypto';
import { readRateLimitHeaders, type IntegrationDefinition } from '@patchbay/integrations';
import type { ApiError } from '../http/apiError.js';
import { rateLimitedError } from '../http/rateLimits.js';
import type { Services } from '../services.js';
import { carriesNews, reserve, settle } from './pacing.js';

export type WaitReason = 'rate_limit' | 'retry_after' | 'provider_cap' | 'connection_cap';

/** Sends one provider request when the pace allows; createProviderFetch calls it around fetch. */
export type Pace = (send: () => Promise<Response>) => Promise<Response>;

/** Waiting for a free slot would take longer than the caller's budget; nothing was sent. */
export class PacingTimeout extends Error {
  override name = 'PacingTimeout';
  constructor(
    readonly retryAfterMs: number,
    readonly reason: WaitReason,
  ) {
    super(`waiting for the provider's rate limit would take ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** The 429 a sync caller answers when the wait would exceed its budget. */
export function pacingRefusal(services: Services, error: PacingTimeout): ApiError {
  const scope = error.reason === 'provider_cap' ? 'provider' : 'connection';
  services.metrics.rateLimited.inc({ scope });
  return rateLimitedError(scope, { headers: {}, retryAfterMs: error.retryAfterMs });
}

export interface PaceOptions {
  integration: IntegrationDefinition;
  /** The OAuth client the call goes out as (a shared client has its own cap). */
  clientId: string | undefined;
  connectionId: string;
  /** Sync callers wait up to PROVIDER_WAIT_SYNC_MS, jobs up to PROVIDER_WAIT_ASYNC_MS. */
  mode: 'sync' | 'async';
  /** Told of every wait, for the execution's attempt record. */
  onWait?: (ms: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Paces calls with one connection: first by what the provider's answers said of its limit
 * (pacing.ts, shared across processes), then by Patchbay's outbound caps per OAuth client and
 * per connection. Waits while that fits the budget (counted from the pacer's creation, so all
 * calls of one attempt share it); past it, throws PacingTimeout without sending anything.
 */
export function createPacer(services: Services, options: PaceOptions): Pace {
  const { integration, connectionId } = options;
  const slug = integration.metadata.slug;
  const deadline = Date.now() + (options.mode === 'sync' ? services.config.providerWaits.syncMs : services.config.providerWaits.asyncMs);
  const store = services.rateLimits.pacing;
  const readRateLimit = integration.readRateLimit ?? readRateLimitHeaders;

  const wait = async (ms: number, reason: WaitReason) => {
    if (Date.now() + ms > deadline) throw new PacingTimeout(ms, reason);
    services.metrics.providerWaits.observe({ integration: slug, reason }, ms / 1000);
    options.onWait?.(ms);
    await sleep(ms);
  };

  /** Waits for a slot and the outbound caps; whether the slot is counted in flight until settled. */
  const takeSlot = async (id: string): Promise<boolean> => {
    for (;;) {
      const slot = await store.update(connectionId, (state, now) => {
        const reservation = reserve(state, id, now);
        return { state: reservation.state, result: reservation };
      });
      if ('reason' in slot) {
        await wait(slot.waitMs, slot.reason);
        continue;
      }
      const cap = await outboundCap(services, slug, options.clientId, connectionId);
      if (!cap) return slot.tracked;
      if (slot.tracked) await store.update(connectionId, (state, now) => ({ state: settle(state, id, undefined, now), result: undefined }));
      await wait(cap.waitMs, cap.reason);
    }
  };

  return async (send) => {
    const id = randomUUID();
    const tracked = await takeSlot(id);
    let response: Response | undefined;
    try {
      response = await send();
      return response;
    } finally {
      const observed = response ? readRateLimit({ status: response.status, headers: response.headers }, Date.now()) : undefined;
      if (response?.status === 429) services.metrics.providerRateLimited.inc({ integration: slug });
      // An untracked call answered with nothing of the limit leaves the state as it is: no write.
      if (tracked || carriesNews(observed)) await store.update(connectionId, (state, now) => ({ state: settle(state, id, observed, now), result: undefined }));
    }
  };
}

/**
 * Patchbay's own caps (RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE, _CONNECTION_CALLS_PER_MINUTE): one
 * busy app cannot get a shared OAuth client banned, nor one user's token throttled.
 */
async function outboundCap(services: Services, slug: string, clientId: string | undefined, connectionId: string): Promise<{ waitMs: number; reason: WaitReason } | undefined> {
  // The connection's own cap first: a single busy connection then never eats the shared one.
  for (const [scope, key, reason] of [
    ['connection', connectionId, 'connection_cap'],
    ['provider', `${slug}:${clientId ?? 'none'}`, 'provider_cap'],
  ] as const) {
    const outcome = await services.rateLimits.consume(scope, [key]);
    if (outcome.retryAfterMs !== undefined) return { waitMs: outcome.retryAfterMs, reason };
  }
  return undefined;
}
