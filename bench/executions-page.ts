// The execution log's queries over many executions (see scenarios/executionLog.ts), on its own.
// Usage: pnpm --filter @patchbay/bench executions-page [rows=1000000]; BENCH_KEEP=1 keeps the database.
import { executionLogAtScale } from './scenarios/executionLog.js';

const result = await executionLogAtScale({ quick: false, runs: 3, rows: Number(process.argv[2] ?? 1_000_000) });
console.log(result.markdown);
if (result.targets.some((target) => !target.pass)) process.exitCode = 1;
