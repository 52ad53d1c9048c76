// `npm start` runs this: builds the docs site unless dist/ was built from the same sources
// (about 15 s on two cores, so a restart with nothing changed costs a hash of the inputs).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const docsApp = fileURLToPath(new URL('../', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const stamp = `${docsApp}dist/.sources-hash`;
// Test projects may ask for the site at the same moment; one builds, the others wait for it.
const lock = `${docsApp}.build-lock`;

// Everything the site is made of: the guides, the spec, the catalog, the site's own code, the
// locked dependency versions.
const inputs = ['docs', 'packages/api-types/src/openapi.json', 'packages/integrations/src', 'apps/docs/src', 'apps/docs/astro.config.ts', 'apps/docs/package.json', 'pnpm-lock.yaml'];

function files(path) {
  if (!existsSync(`${repo}${path}`)) return [];
  if (!statSync(`${repo}${path}`).isDirectory()) return [path];
  return readdirSync(`${repo}${path}`, { recursive: true, encoding: 'utf8' })
    .map((name) => `${path}/${name}`)
    .filter((name) => statSync(`${repo}${name}`).isFile())
    .sort();
}

function sourcesDigest() {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(`${repo}${file}`));
  return hash.digest('hex');
}

function acquireLock() {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock older than a build could take is left over from a killed run.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited 10 minutes for ${lock}; remove it if no build is running.`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

acquireLock();
try {
  const digest = sourcesDigest();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(`${docsApp}dist/index.html`)) {
    console.log('Docs site is up to date (apps/docs/dist).');
  } else {
    const started = Date.now();
    console.log('Building the docs site (apps/docs/dist)…');
    const result = spawnSync('pnpm', ['exec', 'astro', 'build', '--silent'], { cwd: docsApp, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (result.status !== 0) process.exitCode = result.status ?? 1;
    else {
      writeFileSync(stamp, digest);
      console.log(`Docs site built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}
