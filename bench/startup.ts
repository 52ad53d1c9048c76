// Start-up time and idle memory of the compiled server (`pnpm build` first), as production runs
// it: from spawning `patchbay serve` to the first 200 from /readyz, then RSS after 5 s idle.
// Cases: embedded PostgreSQL cold (new data dir: initdb) and warm (same dir again), and
// DATABASE_URL (when set). Three runs each; prints min / median / max.
// Usage: pnpm --filter @patchbay/bench startup
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const bin = fileURLToPath(new URL('../apps/server/bin/patchbay.mjs', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url)))) {
  console.error('Build the server first: pnpm build');
  process.exit(1);
}
const runs = 3;
const { DATABASE_URL: databaseUrl, ...inherited } = process.env;
const encryptionKey = randomBytes(32).toString('base64');

interface Sample {
  readyMs: number;
  rssMiB: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startOnce(environment: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', PATCHBAY_DEMO: 'false', ENCRYPTION_KEY: encryptionKey, ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${errors}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.ok, () => false);
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const readyMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    return { readyMs, rssMiB: rssKiB / 1024 };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

const summary = (values: number[], digits = 0) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!, sorted.at(-1)!].map((value) => value.toFixed(digits)).join(' / ');
};

async function measure(name: string, environment: () => Promise<Record<string, string>>): Promise<void> {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await startOnce(await environment()));
  console.log(`| ${name} | ${summary(samples.map((sample) => sample.readyMs))} ms | ${summary(samples.map((sample) => sample.rssMiB), 1)} MiB |`);
}

/** On a database of its own in DATABASE_URL's cluster, migrated by a first start. */
async function measureWithDatabaseUrl(clusterUrl: string): Promise<void> {
  const name = `patchbay_startup_${Date.now()}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  try {
    const url = new URL(clusterUrl);
    url.pathname = `/${name}`;
    await startOnce({ DATABASE_URL: url.toString() });
    await measure('DATABASE_URL (schema current)', async () => ({ DATABASE_URL: url.toString() }));
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

const dirs: string[] = [];
const newDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'patchbay-startup-'));
  // As root, embedded PostgreSQL runs as user postgres, which must be able to enter the data dir.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
};
try {
  console.log(`node ${process.version}, ${runs} runs each, min / median / max\n`);
  console.log('| case | spawn → /readyz 200 | RSS after 5 s idle |\n|---|---|---|');
  await measure('embedded PostgreSQL, cold (initdb)', async () => ({ PATCHBAY_DATA_DIR: await newDir() }));
  const warmDir = await newDir();
  await startOnce({ PATCHBAY_DATA_DIR: warmDir });
  await measure('embedded PostgreSQL, warm', async () => ({ PATCHBAY_DATA_DIR: warmDir }));
  if (databaseUrl) await measureWithDatabaseUrl(databaseUrl);
} finally {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
