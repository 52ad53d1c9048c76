#!/usr/bin/env node
// The `patchbay` command: runs the compiled server (`pnpm build` writes ../dist).
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('The Patchbay server is not built: run `pnpm build` at the repository root (or `pnpm --filter @patchbay/server build`).');
  process.exit(1);
}
await import(main.href);
