// CI guard: the committed generated files must be exactly what openapi.yaml generates.
// Regenerates (pnpm generate), then asks git whether anything under the generated folder
// changed or appeared. Outside a git checkout it only regenerates.
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generatedDirs = ['packages/api-types/src', 'packages/node/src/generated', 'docs/configuration.md'];

// npm/pnpm scripts put node_modules/.bin on PATH; add it for a direct `node scripts/…` too.
const env = { ...process.env, PATH: [path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter) };
const run = spawnSync('pnpm', ['generate'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
if (run.error) {
  console.error(`Could not run pnpm (${run.error.message}). Run \`npm test\` or \`node scripts/pnpm.mjs install-if-needed\` first.`);
  process.exit(1);
}
if (run.status !== 0) process.exit(run.status || 1);

function git(args, options = {}) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...options });
}

let topLevel = null;
try {
  topLevel = git(['rev-parse', '--show-toplevel']).trim();
} catch {
  // no git, or not a work tree
}
if (!topLevel || realpathSync(topLevel) !== realpathSync(root)) {
  console.log('Not a git checkout of this repository: regenerated, nothing to compare with.');
  process.exit(0);
}

// `git status --porcelain` lists modified, staged and untracked files alike.
const drift = git(['status', '--porcelain', '--untracked-files=all', '--', ...generatedDirs]).trim();
if (drift) {
  console.error(`\n${drift}\n`);
  try {
    git(['--no-pager', 'diff', '--stat', '--', ...generatedDirs], { stdio: 'inherit' });
  } catch {
    // the summary is a courtesy
  }
  console.error('Generated files differ from openapi.yaml: run `pnpm generate` and commit');
  process.exit(1);
}
console.log('Generated files match openapi.yaml.');
