import type { ProviderRateLimit } from '@patchbay/integrations';

/**
 * What we know of one connection's rate limit at a provider, from its answers, plus the calls we
 * sent that it has not answered yet. Shared by every process (pacingStore.ts).
 */
export interface PaceState {
  limit?: number;
  /** Calls the provider last said were left in the window ending at `resetAt`. */
  remaining?: number;
  resetAt?: number;
  /** No call before this (the provider's Retry-After). */
  retryAt?: number;
  /** Whether the provider has answered a call yet: until then, one call at a time finds out its limit. */
  answered?: boolean;
  /** Calls sent and not answered yet: reservation id → when the reservation lapses. */
  inFlight: Record<string, number>;
}

/** Longer than any provider call may take, so a crashed process's reservations free themselves. */
export const reservationLifetimeMs = 90_000;
/** A window's reset is taken as this much later, for clocks a little apart. */
export const resetMarginMs = 100;
/**
 * Answers whose resets are this close describe the same window. Resets come in whole seconds
 * (epoch seconds: equal within a window; seconds from now: a little apart), and the next window
 * of the shortest limits ends a second later, which must read as a new window: an answer from it
 * can arrive before our clock reaches the old reset, and its count is the one that holds.
 */
const sameWindowMs = 500;
/** With calls in flight and nothing left, look again after this long. */
const inFlightPollMs = 50;

const copy = (state: PaceState | undefined, now: number): PaceState => ({
  ...state,
  inFlight: Object.fromEntries(Object.entries(state?.inFlight ?? {}).filter(([, lapsesAt]) => lapsesAt > now)),
});

/**
 * A slot was taken (`tracked`: counted in flight until settled) or must be waited for. An untracked
 * slot leaves the state as it was (the same object), so a store need not write it back.
 */
export type Reservation = { state: PaceState; waitMs: 0; tracked: boolean } | { state: PaceState; waitMs: number; reason: 'retry_after' | 'rate_limit' };

/**
 * The provider has answered and told no limit, window or Retry-After still to honour: nothing
 * would hold a call back, so calls go without being counted in flight (their count only matters
 * against a known remainder). Should a later answer bring one, the calls out at that moment are
 * not counted against it, as they were sent with no limit known.
 */
function unlimited(state: PaceState | undefined): state is PaceState {
  return state?.answered === true && state.limit === undefined && state.remaining === undefined && state.resetAt === undefined && state.retryAt === undefined;
}

/** Whether an answer said anything of the provider's limit (else settling an untracked call changes nothing). */
export function carriesNews(observed: ProviderRateLimit | undefined): boolean {
  return observed !== undefined && Object.values(observed).some((value) => value !== undefined);
}

/**
 * Takes a slot for call `id` if the provider's limit allows it now, else says how long to wait.
 * A slot is free when what the provider last said was left, less the calls still in flight (which
 * it may not have counted yet), is above zero; once the window has reset, its full limit is left.
 * Before the provider's first answer, one call at a time goes (a burst must not find the limit
 * by hitting it); a provider that sends no limit headers is then only held to its Retry-After
 * (and its calls are not counted in flight: see `unlimited`).
 */
export function reserve(previous: PaceState | undefined, id: string, now: number): Reservation {
  if (unlimited(previous)) return { state: previous, waitMs: 0, tracked: false };
  const state = copy(previous, now);
  if (state.retryAt !== undefined && now < state.retryAt) return { state, waitMs: state.retryAt - now, reason: 'retry_after' };
  delete state.retryAt;
  if (state.resetAt !== undefined && now >= state.resetAt + resetMarginMs) {
    if (state.limit === undefined) delete state.remaining;
    else state.remaining = state.limit;
    delete state.resetAt;
  }
  const inFlight = Object.keys(state.inFlight).length;
  if (!state.answered && inFlight > 0) return { state, waitMs: inFlightPollMs, reason: 'rate_limit' };
  if (state.remaining !== undefined && state.remaining - inFlight <= 0) {
    const waitMs = state.resetAt !== undefined ? state.resetAt + resetMarginMs - now : inFlightPollMs;
    return { state, waitMs: Math.max(1, waitMs), reason: 'rate_limit' };
  }
  state.inFlight[id] = now + reservationLifetimeMs;
  return { state, waitMs: 0, tracked: true };
}

/** Call `id` was answered (`observed` is what the answer said), or never sent (`undefined`): its slot is free. */
export function settle(previous: PaceState | undefined, id: string, observed: ProviderRateLimit | undefined, now: number): PaceState {
  const state = copy(previous, now);
  delete state.inFlight[id];
  if (!observed) return state;
  state.answered = true;
  if (observed.retryAt !== undefined && observed.retryAt > now) state.retryAt = Math.max(state.retryAt ?? 0, observed.retryAt);
  if (observed.limit !== undefined) state.limit = observed.limit;
  // A count for a window already over says nothing of the current one.
  if (observed.remaining === undefined || (observed.resetAt !== undefined && observed.resetAt + resetMarginMs <= now)) return state;
  if (observed.resetAt === undefined || state.resetAt === undefined || observed.resetAt > state.resetAt + sameWindowMs) {
    // A window we had not seen (or one without a known end): the provider's count is the truth.
    state.remaining = observed.remaining;
    if (observed.resetAt === undefined) delete state.resetAt;
    else state.resetAt = observed.resetAt;
  } else if (Math.abs(observed.resetAt - state.resetAt) <= sameWindowMs) {
    // Answers of one window arrive in any order: the lowest count is the latest.
    state.remaining = Math.min(state.remaining ?? observed.remaining, observed.remaining);
  }
  return state;
}

/** How long a state is worth keeping: until its window, Retry-After and reservations are over. */
export function stateLifetimeMs(state: PaceState, now: number): number {
  const ends = [state.resetAt ?? 0, state.retryAt ?? 0, ...Object.values(state.inFlight)].map((at) => at - now);
  // The limit itself stays useful across windows: keep it an hour past the last news.
  return Math.max(...ends, 0) + 60 * 60 * 1000;
}
