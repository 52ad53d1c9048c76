import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const patchbayBin = fileURLToPath(new URL('../bin/patchbay.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** The API's base URL (`serve` only). */
  url: string | undefined;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Every JSON log line written so far. */
  logs(): Record<string, unknown>[];
  /** Everything written to stdout and stderr so far. */
  output(): string;
}

/**
 * `patchbay serve | worker | migrate` as a real process, from the compiled build (the globalSetup
 * builds it), the way production runs it. Resolves once `serve` listens or the worker runs;
 * at once for `migrate` and any command expected to fail (`{ waitForStart: false }`). `detached`:
 * in a process group of its own, as a terminal starts a command (signal it with a negative pid).
 */
export async function startServerProcess(args: string[], environment: Record<string, string | undefined>, options: { waitForStart?: boolean; detached?: boolean } = {}): Promise<ServerProcess> {
  // An undefined value removes the variable (e.g. a DATABASE_URL the test run itself uses).
  const env = Object.fromEntries(
    Object.entries({ ...process.env, PORT: '0', HOST: '127.0.0.1', PATCHBAY_DEMO: 'false', LOG_LEVEL: 'warn', ...environment }).filter(([, value]) => value !== undefined),
  );
  const child = spawn(process.execPath, [patchbayBin, ...args], {
    env,
    detached: options.detached ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const handle: ServerProcess = {
    child,
    url: undefined,
    exited,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    output: () => output,
  };
  if (args[0] === 'migrate' || options.waitForStart === false) return handle;
  await new Promise<void>((resolve, reject) => {
    const ready = () => {
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port) handle.url = `http://127.0.0.1:${port}`;
      if (port || (args[0] === 'worker' && output.includes('Patchbay worker'))) {
        child.stdout!.off('data', ready);
        resolve();
      }
    };
    child.stdout!.on('data', ready);
    void exited.then((code) => reject(new Error(`patchbay ${args.join(' ')} exited early (${code}): ${output}`)));
  });
  return handle;
}
