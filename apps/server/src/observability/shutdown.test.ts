import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let database: TestDatabase;
// One key for every process on this database: the start-up key check refuses any other.
const encryptionKey = randomBytes(32).toString('base64');
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database.drop();
});

/** `patchbay serve` as a real process; resolves with its base URL once it listens. */
async function startServe(): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: serverRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', PATCHBAY_DEMO: 'false', LOG_LEVEL: 'warn', ENCRYPTION_KEY: encryptionKey, SHUTDOWN_TIMEOUT_MS: '20000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${output}`)));
  });
  return { child, url, exited };
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
});
