import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { eventually } from '../../test/webhookReceiver.js';
import { appCacheLifetimeMs } from '../apps/perAppCache.js';
import { listenForAppChanges, type AppChanges } from '../apps/appChanges.js';
import { cacheEndUserConnections, type EndUserConnectionLookup } from './endUserConnections.js';
import { findEndUserConnection } from './store.js';

// The real listener, triggers and lookup on a database of its own; each test counts the reads
// that reached PostgreSQL, to tell a cached answer from a fresh one.
let database: TestDatabase;
let changes: AppChanges;
let now = 1_000_000;
let reads: string[];
let lookup: EndUserConnectionLookup;

const appId = 'app_cache';
const otherAppId = 'app_cache_other';

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db('accounts').insert({ id: 'acct_cache', email: 'cache@company-x.com', name: 'X', password_hash: 'x' });
  await db('apps').insert([appId, otherAppId].map((id) => ({ id, account_id: 'acct_cache', name: id, webhook_secret: 'x' })));
  changes = listenForAppChanges(db.client.connectionSettings as pg.ClientConfig, () => {});
  changes.subscribe((announced) => announcedApps.push(announced));
  await eventually(() => expect(changes.live()).toBe(true), 5000);
});

const announcedApps: (string | undefined)[] = [];
/** Until every notification committed so far has arrived (they arrive in commit order). */
async function settled() {
  const marker = `app_marker_${announcedApps.length}_${Math.random()}`;
  await database.db.raw('select pg_notify(?, ?)', ['patchbay_app_changed', marker]);
  await eventually(() => expect(announcedApps).toContain(marker), 1000);
}
afterAll(async () => {
  await changes.close();
  await database.drop();
});

beforeEach(async () => {
  const { db } = database;
  await db('end_users').whereIn('app_id', [appId, otherAppId]).delete();
  for (const [app, user] of [[appId, 'ann'], [appId, 'bob'], [otherAppId, 'ann']] as const) {
    await db('end_users').insert({ id: `eu_${app}_${user}`, app_id: app, external_id: user, email: `${user}@example.com` });
    await db('connections').insert({ id: `conn_${app}_${user}`, app_id: app, end_user_id: `eu_${app}_${user}`, integration_slug: 'slack', status: 'active', credentials: 'sealed-1', credentials_key_id: 'k1' });
  }
  await settled();
  reads = [];
  lookup = cacheEndUserConnections(
    changes,
    (app, externalId, slug) => {
      reads.push(`${app}/${externalId}`);
      return findEndUserConnection(db, app, externalId, slug);
    },
    () => now,
  );
});

const credentialsOf = async (app: string, user: string) => (await lookup(app, user, 'slack'))?.connection.credentials;
// Read ann and bob once each (from PostgreSQL), so both are cached.
const warm = async () => {
  await lookup(appId, 'ann', 'slack');
  await lookup(appId, 'bob', 'slack');
  await lookup(otherAppId, 'ann', 'slack');
  reads = [];
};
/** Changes bob and waits until his entry is dropped: any notification sent before has arrived too. */
const afterBobsChange = async () => {
  await database.db('connections').where({ id: `conn_${appId}_bob` }).update({ health_checked_at: new Date() });
  await eventually(async () => {
    await lookup(appId, 'bob', 'slack');
    expect(reads).toContain(`${appId}/bob`);
  }, 1000);
};

describe('end users’ connections cached per process', () => {
  it('reads a connection once, then serves it from memory, frozen', async () => {
    const first = await lookup(appId, 'ann', 'slack');
    const second = await lookup(appId, 'ann', 'slack');
    expect(reads).toEqual([`${appId}/ann`]);
    expect(second).toBe(first);
    expect(first).toMatchObject({ endUser: { id: `eu_${appId}_ann`, externalId: 'ann', email: 'ann@example.com' }, connection: { id: `conn_${appId}_ann`, status: 'active' } });
    expect(Object.isFrozen(first!.connection)).toBe(true);
    expect(Object.isFrozen(first!.endUser)).toBe(true);
  });

  it('never caches a missing end user or connection: one created later is used at once', async () => {
    expect(await lookup(appId, 'carol', 'slack')).toBeUndefined();
    expect(await lookup(appId, 'ann', 'github')).toBeUndefined();
    await database.db('end_users').insert({ id: `eu_${appId}_carol`, app_id: appId, external_id: 'carol' });
    await database.db('connections').insert({ id: `conn_${appId}_carol`, app_id: appId, end_user_id: `eu_${appId}_carol`, integration_slug: 'slack', status: 'active', credentials: 'c', credentials_key_id: 'k1' });
    expect((await lookup(appId, 'carol', 'slack'))?.connection.id).toBe(`conn_${appId}_carol`);
    expect(reads).toEqual([`${appId}/carol`, `${appId}/ann`, `${appId}/carol`]);
  });

  it('drops only that end user’s entry when another writer refreshes their tokens, and reads the new ones', async () => {
    await warm();
    await database.db('connections').where({ id: `conn_${appId}_ann` }).update({ credentials: 'sealed-2', expires_at: new Date() });
    await eventually(async () => expect(await credentialsOf(appId, 'ann')).toBe('sealed-2'), 1000);
    await lookup(appId, 'bob', 'slack');
    await lookup(otherAppId, 'ann', 'slack');
    expect(reads.filter((read) => read !== `${appId}/ann`)).toEqual([]);
  });

  it.each([
    ['scopes granted', { granted_scopes: ['channels:read'] }],
    ['health', { health_status: 'degraded' }],
    ['key of the sealed credentials', { credentials_key_id: 'k2' }],
  ])('drops the entry when the connection’s %s change', async (_what, columns) => {
    await warm();
    await database.db('connections').where({ id: `conn_${appId}_ann` }).update(columns);
    await eventually(async () => expect((await lookup(appId, 'ann', 'slack'))?.connection).toMatchObject(columns), 1000);
  });

  it('drops the entry when the end user’s email changes, or when they are deleted', async () => {
    await warm();
    await database.db('end_users').where({ id: `eu_${appId}_ann` }).update({ email: 'ann@new.example.com' });
    await eventually(async () => expect((await lookup(appId, 'ann', 'slack'))?.endUser.email).toBe('ann@new.example.com'), 1000);
    await database.db('end_users').where({ id: `eu_${appId}_ann` }).delete();
    await eventually(async () => expect(await lookup(appId, 'ann', 'slack')).toBeUndefined(), 1000);
  });

  it('drops the app’s entries when a connection changes status, and no other app’s', async () => {
    await warm();
    await database.db('connections').where({ id: `conn_${appId}_ann` }).update({ status: 'needs_reauth' });
    await eventually(async () => expect((await lookup(appId, 'ann', 'slack'))?.connection.status).toBe('needs_reauth'), 1000);
    await lookup(appId, 'bob', 'slack');
    await lookup(otherAppId, 'ann', 'slack');
    expect(reads).toContain(`${appId}/bob`);
    expect(reads).not.toContain(`${otherAppId}/ann`);
  });

  it('keeps the entry through a refresh lease, which every refresh takes and no cache holds', async () => {
    await warm();
    await database.db('connections').where({ id: `conn_${appId}_ann` }).update({ refresh_lease_until: new Date(), last_error: 'x', updated_at: new Date() });
    await afterBobsChange();
    await lookup(appId, 'ann', 'slack');
    expect(reads).not.toContain(`${appId}/ann`);
  });

  it('keeps an entry at most the cache lifetime without any announcement', async () => {
    await warm();
    now += appCacheLifetimeMs - 1;
    await lookup(appId, 'ann', 'slack');
    expect(reads).toEqual([]);
    now += 1;
    await lookup(appId, 'ann', 'slack');
    expect(reads).toEqual([`${appId}/ann`]);
  });
});
