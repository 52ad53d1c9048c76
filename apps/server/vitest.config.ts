import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The SDK resolves to its TypeScript source, so tests need no build step.
  resolve: { alias: { '@patchbay/node': fileURLToPath(new URL('../../packages/node/src/index.ts', import.meta.url)) } },
  test: {
    name: 'server',
    globalSetup: ['./test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
