// The gzipped size of what each published package adds: its built ESM entry bundled and minified
// the way a bundler would. The widget is measured with its dependencies (an app ships them to
// browsers; React is left out, it is the app's own). The Node SDK's budget is for its own code
// (npm installs its dependencies beside it; most backends do not bundle); its size with them is
// printed too. Fails above a budget, so growth is a decision, not an accident. Run after
// `pnpm build` (`pnpm check-packages` does both). `pnpm bench` reports the same figures.
import { readFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const kB = 1024;

/** Each entry's minified and gzipped bytes, and its budget (bytes, gzipped) where it has one. */
export async function measurePackageSizes() {
  // esbuild comes with the packages' build tools (tsup).
  const { build } = createRequire(new URL('../packages/react/package.json', import.meta.url))('esbuild');
  const nodeDependencies = Object.keys(JSON.parse(await readFile(new URL('../packages/node/package.json', import.meta.url), 'utf8')).dependencies ?? {});
  const entries = [
    { name: '@patchbay/react', file: 'packages/react/dist/index.js', budget: 8 * kB, platform: 'browser' },
    { name: '@patchbay/react/core', file: 'packages/react/dist/core.js', platform: 'browser' },
    { name: '@patchbay/node', file: 'packages/node/dist/index.js', budget: 10 * kB, platform: 'node', external: nodeDependencies },
    { name: '@patchbay/node + deps', file: 'packages/node/dist/index.js', platform: 'node' },
  ];
  const sizes = [];
  const measure = (name, bytes, budget) => sizes.push({ name, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length, budget });
  for (const entry of entries) {
    const result = await build({
      entryPoints: [new URL(`../${entry.file}`, import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: entry.platform,
      write: false,
      external: ['react', 'react/jsx-runtime', 'react-dom', ...builtinModules, ...builtinModules.map((name) => `node:${name}`), ...(entry.external ?? [])],
      logLevel: 'silent',
    });
    measure(entry.name, result.outputFiles[0].contents, entry.budget);
  }
  measure('styles.css', await readFile(new URL('../packages/react/styles.css', import.meta.url)));
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const { name, minified, gzipped, budget } of await measurePackageSizes()) {
    const over = budget !== undefined && gzipped > budget;
    failed ||= over;
    const limit = budget === undefined ? '' : `  (budget ${budget / kB} kB)`;
    console.log(`${name.padEnd(22)} ${(minified / kB).toFixed(1).padStart(6)} kB min  ${(gzipped / kB).toFixed(2).padStart(5)} kB gzip${limit}${over ? '  OVER BUDGET' : ''}`);
  }
  if (failed) process.exit(1);
}
