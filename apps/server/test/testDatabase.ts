import { inject } from 'vitest';
import pg from 'pg';
import { createDb, withDatabase, type Db } from '../src/db/knex.js';
import { migrate } from '../src/db/migrate.js';
import { syncCatalog } from '../src/integrations/catalogSync.js';
import { randomToken } from '../src/ids.js';

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

async function adminQuery(clusterUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own for one test file, so files run in parallel. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const clusterUrl = inject('clusterUrl');
  const name = `patchbay_test_${randomToken(12)}`;
  await adminQuery(clusterUrl, `create database "${name}"`);
  const url = withDatabase(clusterUrl, name);
  const db = createDb(url);
  await migrate(db, url);
  await syncCatalog(db);
  return {
    url,
    db,
    drop: async () => {
      await db.destroy();
      await adminQuery(clusterUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
