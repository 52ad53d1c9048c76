import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { migrate, pendingMigrations } from './migrate.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

it('a process of the previous version starts on a schema a newer version has migrated', async () => {
  // What the newer version's migrate left behind: a migration this build does not know.
  await database.db('knex_migrations').insert({ name: '9999_from_a_newer_version', batch: 99, migration_time: new Date() });
  await expect(migrate(database.db, database.url)).resolves.toEqual([]);
  expect(await pendingMigrations(database.db)).toEqual([]);
});
