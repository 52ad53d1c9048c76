import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embeddedPostgres.js';

// The embedded PostgreSQL `npm start` uses on a machine without one: a start that cannot
// happen says why, and a port taken since the last run is replaced rather than fatal.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'patchbay-embedded-'));
  const first = await startEmbeddedPostgres(dir);
  await first.stop();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const savedPort = async () => Number(await readFile(path.join(dir, 'port'), 'utf8'));

const listenOn = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

it('moves to a free port when another program holds the one it used last time', async () => {
  const oldPort = await savedPort();
  const squatter = await listenOn(oldPort);
  try {
    const cluster = await startEmbeddedPostgres(dir);
    try {
      expect(await savedPort()).not.toBe(oldPort);
      expect(cluster.url).toContain(`:${await savedPort()}/`);
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await cluster.stop();
    }
  } finally {
    squatter.close();
  }
});

it('a server that stops while starting is an error that quotes its last lines', async () => {
  await appendFile(path.join(dir, 'data', 'postgresql.conf'), '\nshared_buffers = nonsense\n');
  await expect(startEmbeddedPostgres(dir)).rejects.toThrow(/stopped while starting on port \d+\. Its last lines:\n[\s\S]*shared_buffers/);
});
