import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../apps/server/src/db/embeddedPostgres.js';
import { withDatabase } from '../apps/server/src/db/knex.js';

/**
 * A fresh database for one run: in DATABASE_URL's cluster, or in an embedded PostgreSQL. `drop`
 * removes it, `keep` leaves it in place for a look afterwards (BENCH_KEEP).
 */
export async function createBenchDatabase(): Promise<{ url: string; name: string; drop(): Promise<void>; keep(): Promise<void> }> {
  const dir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(tmpdir(), 'patchbay-bench-'));
  const cluster = dir ? await startEmbeddedPostgres(dir) : undefined;
  const clusterUrl = process.env.DATABASE_URL ?? cluster!.url;
  const name = `patchbay_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  return {
    url: withDatabase(clusterUrl, name),
    name,
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
      await cluster?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
    keep: async () => {
      await admin.end();
    },
  };
}
