import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'node-sdk', typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] } } });
