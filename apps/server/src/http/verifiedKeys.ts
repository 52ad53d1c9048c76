import type { AuthenticatedApp } from '../apps/authenticatedApp.js';
import type { AppChanges } from '../apps/appChanges.js';

/**
 * Kept at most this long even when no change was announced: bounds how long a revoked key keeps
 * working should the listening connection die without the process noticing (a half-open socket).
 */
export const verifiedKeyLifetimeMs = 60_000;
const maxEntries = 10_000;
/** `last_used_at` is written at most once a minute per key (apps/apiKeyStore.ts). */
const touchEveryMs = 60_000;

interface Entry {
  app: AuthenticatedApp;
  expiresAt: number;
}

/**
 * API keys this process has checked against the database, by the SHA-256 of the key (never the
 * key), dropped as soon as the database announces a change to their app (apps/appChanges.ts).
 * `lookup` reads nothing while the listener is down; `remember` refuses a row read before the
 * latest announced change, so a revoke that lands during a lookup is never cached over.
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
  const entries = new Map<string, Entry>();
  const touchedAt = new Map<string, number>();
  let version = 0;
  changes.subscribe((appId) => {
    version += 1;
    if (appId === undefined) entries.clear();
    else for (const [hash, entry] of entries) if (entry.app.id === appId) entries.delete(hash);
  });
  return {
    version: () => version,
    lookup(keyHash) {
      if (!changes.live()) return undefined;
      const entry = entries.get(keyHash);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return entry.app;
      entries.delete(keyHash);
      return undefined;
    },
    remember(keyHash, app, readAtVersion) {
      if (!changes.live() || readAtVersion !== version) return;
      if (entries.size >= maxEntries) entries.clear();
      entries.set(keyHash, { app, expiresAt: now() + verifiedKeyLifetimeMs });
    },
    dueForTouch(keyId) {
      const last = touchedAt.get(keyId);
      if (last !== undefined && now() - last < touchEveryMs) return false;
      if (touchedAt.size >= maxEntries) touchedAt.clear();
      touchedAt.set(keyId, now());
      return true;
    },
  };
}
