import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This module runs from src/ under tsx and from dist/main.js once bundled: paths to files outside
// the code are taken from the package root, found the same way in both.
const here = path.dirname(fileURLToPath(import.meta.url));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/** apps/server. */
export const serverRoot = packageRoot(here);

/** True in the compiled server (`pnpm build`, `bin/patchbay.mjs`), false under tsx. */
export const runningFromBuild = here === path.join(serverRoot, 'dist');

/** The repository's root (the server is run from a checkout: it serves apps/dashboard's build). */
export const repoRoot = path.resolve(serverRoot, '../..');
