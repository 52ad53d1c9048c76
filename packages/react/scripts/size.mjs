// The gzipped size of what an app ships with the widget: the built ESM entry, bundled and
// minified the way an app's bundler would, React left out (it is the app's own). Fails above the
// budget, so growth is a decision, not an accident. Run after `pnpm build`.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budget = 8 * 1024;
let failed = false;
const report = (name, bytes, limit) => {
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const over = limit !== undefined && gzipped > limit;
  failed ||= over;
  console.log(`${name.padEnd(22)} ${(bytes.length / 1024).toFixed(1).padStart(6)} kB min  ${(gzipped / 1024).toFixed(2).padStart(5)} kB gzip${over ? `  OVER the ${limit / 1024} kB budget` : ''}`);
};
for (const entry of ['index', 'core']) {
  const result = await build({
    entryPoints: [new URL(`../dist/${entry}.js`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['react', 'react/jsx-runtime', 'react-dom'],
    logLevel: 'silent',
  });
  report(`@patchbay/react${entry === 'index' ? '' : `/${entry}`}`, result.outputFiles[0].contents, entry === 'index' ? budget : undefined);
}
report('styles.css', await readFile(new URL('../styles.css', import.meta.url)));
if (failed) process.exit(1);
