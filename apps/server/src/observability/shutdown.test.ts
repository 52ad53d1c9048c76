import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../test/serverProcess.js';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';

let database: TestDatabase;
// One key for every process on this database: the start-up key check refuses any other.
const encryptionKey = randomBytes(32).toString('base64');
const processes: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL');
  await database.drop();
});

/** `patchbay serve` as a real process, listening. */
async function startServe(environment: Record<string, string> = {}): Promise<{ child: ServerProcess['child']; url: string; exited: Promise<number | null> }> {
  const serve = await startServerProcess(['serve'], { NODE_ENV: 'test', DATABASE_URL: database.url, ENCRYPTION_KEY: encryptionKey, SHUTDOWN_TIMEOUT_MS: '20000', ...environment });
  processes.push(serve);
  return { child: serve.child, url: serve.url!, exited: serve.exited };
}

// Sign-up hashes a password with scrypt: a request that takes a moment.
const slowRequest = (url: string) =>
  fetch(`${url}/api/v1/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountEmail: `${randomBytes(6).toString('hex')}@shutdown.test`, accountPassword: 'secure-password', accountName: 'S', appName: 'S' }),
  });

describe('graceful shutdown', () => {
  it('SIGTERM lets the in-flight request finish, then stops taking new ones and exits 0', async () => {
    const { child, url, exited } = await startServe();
    const inFlight = slowRequest(url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(201);
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('a second signal exits at once, with a failure code', async () => {
    const { child, url, exited } = await startServe();
    const inFlight = slowRequest(url).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    await inFlight;
  });

  it('with SHUTDOWN_DRAIN_MS, readiness fails at once while requests are still served, then it stops', async () => {
    const { child, url, exited } = await startServe({ SHUTDOWN_DRAIN_MS: '1500' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const signalled = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks.shutdown).toEqual({ ok: false, error: 'shutting down: draining' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await slowRequest(url)).status).toBe(201);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(1500);
  });
});
