import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// `npm start` stopped with Ctrl-C: a terminal signals its whole process group, so the embedded
// PostgreSQL (a child of the server) stops at the very moment the server begins its orderly
// shutdown, and every pooled connection is cut. An idle connection of the job worker's pool once
// had no 'error' listener left at that point, and the process died on an unhandled 'error'.

const patchbayBin = fileURLToPath(new URL('../../bin/patchbay.mjs', import.meta.url));

it('stops in order, without an unhandled error, when Ctrl-C reaches the embedded PostgreSQL too and is relayed', { timeout: 120_000 }, async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patchbay-ctrl-c-'));
  // As root, initdb runs as user postgres, which must be able to enter it.
  await chmod(dataDir, 0o755);
  const { DATABASE_URL: _testCluster, ...inherited } = process.env;
  // A process group of its own, as a terminal gives the command it runs.
  const child = spawn(process.execPath, [patchbayBin, 'serve'], {
    detached: true,
    env: { ...inherited, NODE_ENV: 'development', PATCHBAY_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', PATCHBAY_DEMO: 'false', LOG_LEVEL: 'warn', SHUTDOWN_TIMEOUT_MS: '20000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const started = Date.now();
    while (!/listening on port \d+/.test(output)) {
      if (child.exitCode !== null) throw new Error(`patchbay serve exited early: ${output}`);
      if (Date.now() - started > 60_000) throw new Error(`patchbay serve did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The job worker has polled by now: its pool holds idle connections.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    process.kill(-child.pid!, 'SIGINT');
    // tsx, which runs the server under npm start, relays the same signal a moment later.
    child.kill('SIGINT');
    const code = await exited;
    expect(output).not.toContain("Unhandled 'error'");
    expect(code, output).toBe(0);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});
