import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(serverRoot, '../..');
const builtMain = path.join(serverRoot, 'dist/main.js');

// What dist/main.js and dist/connect-page are built from.
const sources = [
  'apps/server/src',
  'apps/server/tsup.config.ts',
  'packages/integrations/src',
  'packages/emulator/src',
  'packages/api-types/src',
  'packages/react/src',
  'packages/react/styles.css',
].map((relative) => path.join(repoRoot, relative));

function newestChange(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}

/**
 * Tests of real processes run the compiled server, as production does. Builds it (under a
 * second) when dist/ is missing or older than any of its sources; called once per test run.
 */
export function ensureServerBuilt(): void {
  if (existsSync(builtMain) && statSync(builtMain).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  rmSync(path.join(serverRoot, 'dist'), { recursive: true, force: true });
  const tsup = createRequire(path.join(serverRoot, 'package.json')).resolve('tsup/dist/cli-default.js');
  const result = spawnSync(process.execPath, [tsup, '--silent'], { cwd: serverRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`Building the server (tsup) failed with exit code ${result.status}.`);
}
