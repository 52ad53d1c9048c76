import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2020',
  platform: 'browser',
  treeshake: true,
  // react (a peer) stays an import: the app's bundler resolves it once.
};

export default defineConfig([
  // The components use hooks: marked for React Server Components (Next.js App Router) so they can
  // be imported from a server component as they are.
  // (Rollup's tree shaking would drop the directive; esbuild's own bundling already leaves out what is unused.)
  { ...shared, entry: { index: 'src/index.ts' }, clean: true, treeshake: false, banner: { js: "'use client';" } },
  { ...shared, entry: { core: 'src/core/index.ts' } },
]);
