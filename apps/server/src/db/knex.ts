import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// Return BIGINT counts as numbers: ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Db = Knex;

interface DbLogger {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/** knex over pg; its own warnings (pool acquisition failures during an outage…) go to our logger. */
export function createDb(databaseUrl: string, pool: { min?: number; max?: number } = {}, logger?: DbLogger): Db {
  const toLogger = (level: keyof DbLogger) => (message: unknown) => logger?.[level]({ component: 'knex' }, String(message instanceof Error ? message.message : message));
  return knexFactory({
    client: 'pg',
    connection: databaseUrl,
    pool: {
      min: pool.min ?? 0,
      max: pool.max ?? 10,
      // No JIT: our statements are short, and a high cost estimate (tables not analyzed yet, a
      // CTE's guessed row count) would spend hundreds of milliseconds compiling one of them. A
      // SET rather than a startup option, which poolers such as PgBouncer refuse.
      afterCreate: (connection: pg.Client, done: (error: Error | null, connection: pg.Client) => void) => {
        connection.query('set jit = off').then(
          () => done(null, connection),
          (error: Error) => done(error, connection),
        );
      },
    },
    log: { warn: toLogger('warn'), error: toLogger('error'), debug: toLogger('debug'), deprecate: toLogger('warn'), inspectionDepth: 2, enableColors: false },
  });
}

/** The same URL pointing at another database of the cluster. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
