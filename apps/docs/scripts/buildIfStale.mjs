// `npm start` runs this: builds the docs site unless dist/ was built from the same sources
// (about 15 s on two cores, so a restart with nothing changed costs a hash of the inputs).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const docsApp = fileURLToPath(new URL('../', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const stamp = `${docsApp}dist/.sources-hash`;

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

const hash = createHash('sha256');
for (const file of inputs.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(`${repo}${file}`));
const digest = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(`${docsApp}dist/index.html`)) {
  console.log('Docs site is up to date (apps/docs/dist).');
} else {
  const started = Date.now();
  console.log('Building the docs site (apps/docs/dist)…');
  const result = spawnSync('pnpm', ['exec', 'astro', 'build', '--silent'], { cwd: docsApp, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, digest);
  console.log(`Docs site built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
