import type { AppChanges } from '../apps/appChanges.js';
import { cacheUntilAppChanges } from '../apps/perAppCache.js';
import type { EndUser } from '../endUsers/store.js';
import type { ConnectionRow } from './store.js';

export interface EndUserConnection {
  endUser: Readonly<EndUser>;
  connection: Readonly<ConnectionRow>;
}

/** The end user (by the customer's id) and their connection to the integration, if both exist. */
export type EndUserConnectionLookup = (appId: string, externalId: string, integrationSlug: string) => Promise<EndUserConnection | undefined>;

/**
 * Every action, proxied call and tool call starts with this lookup; the rows change far less
 * often than they are read (a refresh an hour, a reconnect, a health check), so each process
 * keeps what it read until the database announces a change to that end user, their connections
 * or their app (migrations 0016 and 0018), with the bounds of `cacheUntilAppChanges`. A stale
 * token read here is harmless: a refresh re-reads the row under its lease before calling the
 * provider (connections/tokens.ts). Absent rows are not cached, so a new connection is used at once.
 */
export function cacheEndUserConnections(changes: AppChanges, load: EndUserConnectionLookup, now: () => number = Date.now): EndUserConnectionLookup {
  const cache = cacheUntilAppChanges<string, EndUserConnection>(changes, (_key, found) => found.connection.app_id, {
    now,
    endUserOf: (_key, found) => found.endUser.id,
  });
  return (appId, externalId, integrationSlug) =>
    // App ids and slugs hold no newline; the customer's id, last, may hold anything.
    cache.readThrough(`${appId}\n${integrationSlug}\n${externalId}`, async () => {
      const found = await load(appId, externalId, integrationSlug);
      // Shared by every request that reads it from here on: nothing may change it in place.
      return found && Object.freeze({ endUser: Object.freeze(found.endUser), connection: Object.freeze(found.connection) });
    });
}
