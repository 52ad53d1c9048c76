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
  /**
   * The cached value, else what `load` reads, kept unless undefined: the version is taken before
   * the read, so a change announced while it runs is not cached over.
   */
  readThrough<L extends V | undefined>(key: K, load: () => Promise<L>): Promise<L>;
}

export interface AppChangeCacheOptions<K, V> {
  now?: () => number;
  /**
   * For values that belong to one end user of the app (a connection row): the entry is also
   * dropped when that end user or one of their connections changes.
   */
  endUserOf?: (key: K, value: V) => string;
}

/**
 * The per-process cache behind verified API keys (http/verifiedKeys.ts), per-app settings and
 * end users' connections: an entry is dropped as soon as the database announces a change to its
 * app (apps/appChanges.ts), or to its end user when it has one; nothing is served while the
 * listener is down; a value read before the latest announced change is not kept (a revoke that
 * lands during a lookup is never cached over); and no entry outlives `appCacheLifetimeMs`, which
 * bounds how long a change goes unseen should the listening connection die without the process
 * noticing (a half-open socket).
 */
export function cacheUntilAppChanges<K, V>(changes: AppChanges, appOf: (key: K, value: V) => string, options: AppChangeCacheOptions<K, V> = {}): AppChangeCache<K, V> {
  const { now = Date.now, endUserOf } = options;
  const entries = new Map<K, { value: V; appId: string; endUserKey: string | undefined; expiresAt: number }>();
  // Keys by `<app id> <end user id>`, so a change to one end user costs only their own entries.
  const keysByEndUser = new Map<string, Set<K>>();
  const remove = (key: K) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    if (entry.endUserKey === undefined) return;
    const keys = keysByEndUser.get(entry.endUserKey);
    keys?.delete(key);
    if (keys?.size === 0) keysByEndUser.delete(entry.endUserKey);
  };
  let version = 0;
  changes.subscribe((appId) => {
    version += 1;
    if (appId === undefined) {
      entries.clear();
      keysByEndUser.clear();
    } else for (const [key, entry] of entries) if (entry.appId === appId) remove(key);
  });
  if (endUserOf) {
    changes.subscribeToEndUsers((appId, endUserId) => {
      version += 1;
      for (const key of keysByEndUser.get(`${appId} ${endUserId}`) ?? []) remove(key);
    });
  }
  const get = (key: K) => {
    if (!changes.live()) return undefined;
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now()) return { value: entry.value };
    remove(key);
    return undefined;
  };
  const set = (key: K, value: V, readAtVersion: number) => {
    if (!changes.live() || readAtVersion !== version) return;
    if (entries.size >= maxEntries) {
      entries.clear();
      keysByEndUser.clear();
    }
    remove(key);
    const appId = appOf(key, value);
    const endUserKey = endUserOf && `${appId} ${endUserOf(key, value)}`;
    entries.set(key, { value, appId, endUserKey, expiresAt: now() + appCacheLifetimeMs });
    if (endUserKey !== undefined) keysByEndUser.set(endUserKey, (keysByEndUser.get(endUserKey) ?? new Set<K>()).add(key));
  };
  return {
    version: () => version,
    get,
    set,
    async readThrough<L extends V | undefined>(key: K, load: () => Promise<L>) {
      const cached = get(key);
      if (cached) return cached.value as L;
      const readAt = version;
      const value = await load();
      if (value !== undefined) set(key, value, readAt);
      return value;
    },
  };
}

/** One value per app, loaded from the database and dropped when the app changes. */
export type PerAppCache<T> = (appId: string) => Promise<T>;

/** Wraps `load` with a `cacheUntilAppChanges` keyed by app. */
export function cachePerApp<T>(changes: AppChanges, load: (appId: string) => Promise<T>, now: () => number = Date.now): PerAppCache<T> {
  const cache = cacheUntilAppChanges<string, T>(changes, (appId) => appId, { now });
  return (appId) => cache.readThrough(appId, () => load(appId));
}
