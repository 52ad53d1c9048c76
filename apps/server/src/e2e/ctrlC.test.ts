import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startServerProcess } from '../../test/serverProcess.js';

// `npm start` stopped with Ctrl-C: a terminal signals its whole process group, so the embedded
// PostgreSQL (a child of the server) stops at the very moment the server begins its orderly
// shutdown, and every pooled connection is cut. An idle connection of the job worker's pool once
// had no 'error' listener left at that point, and the process died on an unhandled 'error'.

it('stops in order, without an unhandled error, when Ctrl-C reaches the embedded PostgreSQL too and is relayed', { timeout: 120_000 }, async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patchbay-ctrl-c-'));
  // A process group of its own, as a terminal gives the command it runs.
  const serve = await startServerProcess(['serve'], { NODE_ENV: 'development', DATABASE_URL: undefined, PATCHBAY_DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '20000' }, { detached: true });
  const { child } = serve;
  try {
    // The job worker has polled by now: its pool holds idle connections.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    process.kill(-child.pid!, 'SIGINT');
    // tsx, which runs the server under npm start, relays the same signal a moment later.
    child.kill('SIGINT');
    const code = await serve.exited;
    expect(serve.output()).not.toContain("Unhandled 'error'");
    expect(code, serve.output()).toBe(0);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});
