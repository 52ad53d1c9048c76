import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../apps/server/bin/patchbay.mjs', import.meta.url));

/** Stops the run with a clear message when the compiled server is missing. */
export function requireBuild(): void {
  if (!existsSync(fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url)))) {
    console.error('Build the server first: pnpm build');
    process.exit(1);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Limits a load test would hit at once (they are per minute and per app or key): raised so the
 * bench measures the request path, not the limiter's refusals.
 */
export const raisedRateLimits: Record<string, string> = {
  RATE_LIMIT_READS_PER_MINUTE: '100000000',
  RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
  RATE_LIMIT_ACTIONS_PER_MINUTE: '100000000',
  RATE_LIMIT_SIGNUPS_PER_HOUR: '100000',
  RATE_LIMIT_PROVIDER_CALLS_PER_MINUTE: '100000000',
  RATE_LIMIT_CONNECTION_CALLS_PER_MINUTE: '100000000',
};

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Spawn → first 200 from /readyz. */
  readyMs: number;
  /** Resident memory now, from /proc. */
  rssMiB(): number;
  /** The inspector's WebSocket URL, when started with `inspect`. */
  inspectorUrl: string | undefined;
  stop(): Promise<void>;
}

const { DATABASE_URL: _runDatabase, ...inherited } = process.env;
const encryptionKey = randomBytes(32).toString('base64');

/**
 * `patchbay serve` from the compiled build, as production runs it, on loopback: resolves at the
 * first 200 from /readyz. The bench's own DATABASE_URL is not passed on; give the one to use.
 */
export async function startServer(environment: Record<string, string>, options: { inspect?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.inspect ? ['--inspect=127.0.0.1:0'] : []), bin, 'serve'], {
    env: { ...inherited, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, LOG_LEVEL: 'warn', PATCHBAY_DEMO: 'false', ENCRYPTION_KEY: encryptionKey, ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  // The first lines (the inspector's URL) and the last (why it stopped), however long it runs.
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
    if (errors.length > 128_000) errors = `${errors.slice(0, 16_000)}\n…\n${errors.slice(-64_000)}`;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`patchbay serve exited with ${child.exitCode}: ${errors}`);
      if (await fetch(`${url}/readyz`).then((response) => response.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    child,
    readyMs: performance.now() - started,
    rssMiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024,
    inspectorUrl: /Debugger listening on (ws:\/\/\S+)/.exec(errors)?.[1],
    stop,
  };
}

/** Signs up an app through the API; its first API key. */
export async function createApp(server: Pick<RunningServer, 'url'>): Promise<{ appId: string; apiKey: string }> {
  const response = await fetch(`${server.url}/api/v1/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountEmail: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@bench.test`, accountPassword: 'bench-password', accountName: 'Bench', appName: 'Bench' }),
  });
  if (!response.ok) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { app: { appId: string; apiKey: string } }).app;
}

/** A JSON API call with the app's key; throws on an answer other than 2xx. */
export async function callApi<T>(server: Pick<RunningServer, 'url'>, apiKey: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Waits until the server has finished what a load left in flight: autocannon stops sending at
 * the end of its duration, but requests it abandoned still run (an execution-log page under 50
 * connections takes about a second), and would be counted against the next figure. Drained
 * means two `/readyz` in a row, which queue for a database connection like any request, each
 * answered within 10 ms.
 */
export async function waitUntilDrained(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let quick = 0;
  while (quick < 2 && performance.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
    quick = ok && performance.now() - started < 10 ? quick + 1 : 0;
    if (quick < 2) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
