import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@patchbay/source'] },
  test: { name: 'react', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
