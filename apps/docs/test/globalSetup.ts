import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The site is built once per run, and only when its sources changed since the last build. */
export default function setup() {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/buildIfStale.mjs', import.meta.url))], {
    stdio: 'inherit',
    // vitest sets NODE_ENV=test; the site is built as it ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
