// ESLint flat config: @eslint/js recommended + typescript-eslint recommended (syntax only, no
// type information, so `eslint .` stays fast). Run with `pnpm exec eslint .` or `pnpm lint`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node.js globals for plain .js/.mjs/.cjs files (TypeScript files get them from @types/node,
// and typescript-eslint turns no-undef off for them).
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal',
    'TextEncoder', 'TextDecoder', 'fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob',
    'structuredClone', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'clearImmediate', 'globalThis', 'performance', 'crypto',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    '**/node_modules',
    '**/dist',
    '**/.patchbay',
    '**/coverage',
    '**/.astro',
    'apps/docs/.generated',
    'packages/api-types/src/schema.ts',
    'packages/api-types/src/routes.ts',
    'packages/*/src/generated',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Kept off as in the seed config: test helpers type JSON bodies as `any` (7 sites).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
);
