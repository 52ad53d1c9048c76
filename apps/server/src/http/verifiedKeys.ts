import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import type { AppChanges } from '../apps/appChanges.js';
import { appCacheLifetimeMs, cacheUntilAppChanges } from '../apps/perAppCache.js';

/** How long a revoked key can keep working on another process if its change is never announced. */
export const verifiedKeyLifetimeMs = appCacheLifetimeMs;
const maxTouchedKeys = 10_000;
/** `last_used_at` is written at most once a minute per key (apps/apiKeyStore.ts). */
const touchEveryMs = 60_000;

/**
 * API keys this process has checked against the database, by the SHA-256 of the key (never the
 * key), dropped as soon as the database announces a change to their app (apps/perAppCache.ts
 * `cacheUntilAppChanges`: nothing served while the listener is down, no row read before the
 * latest announced change kept).
 */
export interface VerifiedKeys {
  /** A counter of announced changes: take it before reading the key from the database. */
  version(): number;
  lookup(keyHash: string): AuthenticatedApp | undefined;
  remember(keyHash: string, app: AuthenticatedApp, readAtVersion: number): void;
  /** True at most once a minute per key: whether this request should record the key's use. */
  dueForTouch(keyId: string): boolean;
}

export function createVerifiedKeys(changes: AppChanges, now: () => number = Date.now): VerifiedKeys {
  const keys = cacheUntilAppChanges<string, AuthenticatedApp>(changes, (_keyHash, app) => app.id, { now });
  const touchedAt = new Map<string, number>();
  return {
    version: keys.version,
    lookup: (keyHash) => keys.get(keyHash)?.value,
    remember: keys.set,
    dueForTouch(keyId) {
      const last = touchedAt.get(keyId);
      if (last !== undefined && now() - last < touchEveryMs) return false;
      if (touchedAt.size >= maxTouchedKeys) touchedAt.clear();
      touchedAt.set(keyId, now());
      return true;
    },
  };
}
