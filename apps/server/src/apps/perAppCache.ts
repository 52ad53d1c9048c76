import type { AppChanges } from './appChanges.js';

/** Kept at most this long even when no change was announced (see `cacheUntilAppChanges`). */
export const appCacheLifetimeMs = 60_000;
const maxEntries = 10_000;

/** Values cached by key, each belonging to an app, until that app changes. */
export interface AppChangeCache<K, V> {
  /** A counter of announced changes: take it before reading the value from the database. */
  version(): number;
  get(key: K): { value: V } | undefined;
  set(key: K, value: V, readAtVersion: number): void;
}

/**
 * The per-process cache behind verified API keys (http/verifiedKeys.ts) and per-app settings:
 * an entry is dropped as soon as the database announces a change to its app (apps/appChanges.ts);
 * nothing is served while the listener is down; a value read before the latest announced change
 * is not kept (a revoke that lands during a lookup is never cached over); and no entry outlives
 * `appCacheLifetimeMs`, which bounds how long a change goes unseen should the listening
 * connection die without the process noticing (a half-open socket).
 */
export function cacheUntilAppChanges<K, V>(changes: AppChanges, appOf: (key: K, value: V) => string, now: () => number = Date.now): AppChangeCache<K, V> {
  const entries = new Map<K, { value: V; appId: string; expiresAt: number }>();
  let version = 0;
  changes.subscribe((appId) => {
    version += 1;
    if (appId === undefined) entries.clear();
    else for (const [key, entry] of entries) if (entry.appId === appId) entries.delete(key);
  });
  return {
    version: () => version,
    get(key) {
      if (!changes.live()) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return { value: entry.value };
      entries.delete(key);
      return undefined;
    },
    set(key, value, readAtVersion) {
      if (!changes.live() || readAtVersion !== version) return;
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { value, appId: appOf(key, value), expiresAt: now() + appCacheLifetimeMs });
    },
  };
}

/** One value per app, loaded from the database and dropped when the app changes. */
export type PerAppCache<T> = (appId: string) => Promise<T>;

/** Wraps `load` with a `cacheUntilAppChanges` keyed by app. */
export function cachePerApp<T>(changes: AppChanges, load: (appId: string) => Promise<T>, now: () => number = Date.now): PerAppCache<T> {
  const cache = cacheUntilAppChanges<string, T>(changes, (appId) => appId, now);
  return async (appId) => {
    const cached = cache.get(appId);
    if (cached) return cached.value;
    const readAt = cache.version();
    const value = await load(appId);
    cache.set(appId, value, readAt);
    return value;
  };
}
