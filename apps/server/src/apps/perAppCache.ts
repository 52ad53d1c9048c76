import type { AppChanges } from './appChanges.js';

const lifetimeMs = 60_000;
const maxApps = 10_000;

/** One value per app, loaded from the database and dropped when the app changes. */
export type PerAppCache<T> = (appId: string) => Promise<T>;

/**
 * Wraps `load` with a per-process cache invalidated like verified API keys (http/verifiedKeys.ts):
 * nothing is served while the change listener is down, a value loaded before an announced change
 * is not kept, and no value is older than a minute.
 */
export function cachePerApp<T>(changes: AppChanges, load: (appId: string) => Promise<T>, now: () => number = Date.now): PerAppCache<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  let version = 0;
  changes.subscribe((appId) => {
    version += 1;
    if (appId === undefined) entries.clear();
    else entries.delete(appId);
  });
  return async (appId) => {
    const entry = changes.live() ? entries.get(appId) : undefined;
    if (entry && entry.expiresAt > now()) return entry.value;
    const readAt = version;
    const value = await load(appId);
    if (changes.live() && readAt === version) {
      if (entries.size >= maxApps) entries.clear();
      entries.set(appId, { value, expiresAt: now() + lifetimeMs });
    }
    return value;
  };
}
