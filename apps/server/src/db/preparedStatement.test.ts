import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { createDb, type Db } from './knex.js';
import { preparedStatement } from './preparedStatement.js';

let database: TestDatabase;
// One pooled connection: a connection not given back would stop every later call.
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 1 });
  await db.schema.createTable('notes', (t) => {
    t.text('id').primary();
    t.text('body');
  });
  await db('notes').insert([
    { id: 'a', body: 'first' },
    { id: 'b', body: 'second' },
  ]);
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const notesAfter = preparedStatement<{ id: string; body: string }>('test_notes_after', 'select id, body from notes where id > ? and body <> ? order by id');
const dividedBy = preparedStatement<{ quotient: number }>('test_divided_by', 'select 1 / ?::int as quotient');

describe('prepared statements', () => {
  it('bind their values in order, on the pool and inside a transaction, which sees its own writes', async () => {
    expect(await notesAfter(db, ['', 'second'])).toEqual([{ id: 'a', body: 'first' }]);
    await db
      .transaction(async (trx) => {
        await trx('notes').insert({ id: 'c', body: 'third' });
        expect(await notesAfter(trx, ['a', 'x'])).toEqual([
          { id: 'b', body: 'second' },
          { id: 'c', body: 'third' },
        ]);
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await notesAfter(db, ['a', 'x'])).toEqual([{ id: 'b', body: 'second' }]);
  });

  it('are prepared once on a connection and reused', async () => {
    await dividedBy(db, [1]);
    const [prepared] = (await db.raw<{ rows: { count: number }[] }>("select count(*)::int as count from pg_prepared_statements where name = 'test_divided_by'")).rows;
    expect(prepared?.count).toBe(1);
  });

  it('give the connection back when the statement fails, with PostgreSQL’s error', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await expect(dividedBy(db, [0])).rejects.toMatchObject({ code: '22012' });
    expect(await dividedBy(db, [2])).toEqual([{ quotient: 0 }]);
  });

  it('refuse a wrong number of values, and texts with knex’s ?? or \\?', async () => {
    await expect(notesAfter(db, ['a'])).rejects.toThrow('takes 2 values, got 1');
    expect(() => preparedStatement('test_identifier', 'select ?? from notes')).toThrow('which it does not rewrite');
    expect(() => preparedStatement('test_divided_by', 'select 1')).toThrow('defined twice');
  });
});
