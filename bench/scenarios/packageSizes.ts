// Package sizes of @patchbay/node and @patchbay/react, minified + gzipped, as
// scripts/package-sizes.mjs measures them for `pnpm check-packages` (one measurement: the build
// is deterministic, so runs would not differ).
import { measurePackageSizes } from '../../scripts/package-sizes.mjs';
import { table, type ScenarioResult } from '../lib/report.js';

interface Size {
  name: string;
  minified: number;
  gzipped: number;
  budget?: number;
}

const kB = (bytes: number) => (bytes / 1024).toFixed(2);

export async function packageSizes(): Promise<ScenarioResult> {
  const sizes = (await measurePackageSizes()) as Size[];
  const markdown = [
    '## Package sizes',
    '',
    'Each built ESM entry bundled and minified with esbuild, then gzipped (level 9); the widget with its dependencies (React excluded), the Node SDK without its (npm installs them beside it) and with them.',
    '',
    table(['entry', 'min (kB)', 'min + gzip (kB)', 'budget (kB)'], sizes.map((size) => [size.name, kB(size.minified), kB(size.gzipped), size.budget === undefined ? '' : kB(size.budget)])),
  ].join('\n');
  return {
    markdown,
    targets: sizes
      .filter((size) => size.budget !== undefined)
      .map((size) => ({ name: `${size.name} size`, goal: `≤ ${kB(size.budget!)} kB min + gzip`, measured: `${kB(size.gzipped)} kB`, pass: size.gzipped <= size.budget! })),
  };
}
