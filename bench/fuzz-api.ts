// The bad-input property test (apps/server/src/security/badInput.test.ts) run longer than
// `npm test` does, on a new seed unless one is given: every operation of openapi.yaml gets
// FUZZ_RUNS broken requests. A failure prints the seed and the counterexample, to replay with
// FUZZ_SEED=<seed>. Usage: tsx bench/fuzz-api.ts [runsPerOperation=300] [seed=random]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? '300';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
const server = fileURLToPath(new URL('../apps/server/', import.meta.url));
console.log(`bad-input fuzz: ${runs} runs per operation, seed ${seed}`);
const started = performance.now();
const result = spawnSync('npx', ['vitest', 'run', 'src/security/badInput.test.ts'], {
  cwd: server,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.log(`took ${Math.round((performance.now() - started) / 1000)} s; replay with FUZZ_SEED=${seed}`);
process.exit(result.status ?? 1);
