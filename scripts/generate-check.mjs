// CI guard: the committed generated files must be exactly what openapi.yaml generates.
import { execFileSync, spawnSync } from 'node:child_process';

const generatedDir = 'packages/api-types/src';
const run = spawnSync('pnpm', ['generate'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

let insideGit = true;
try {
  execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
} catch {
  insideGit = false;
}
if (!insideGit) {
  console.log('Not a git checkout: regenerated, nothing to compare with.');
  process.exit(0);
}
const drift = execFileSync('git', ['status', '--porcelain', '--', generatedDir], { encoding: 'utf8' }).trim();
if (drift) {
  console.error(`Generated files differ from openapi.yaml:\n${drift}\nRun \`pnpm generate\` and commit the result.`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', generatedDir], { stdio: 'inherit' });
  process.exit(1);
}
console.log('Generated files match openapi.yaml.');
