// Start-up time and idle memory of the compiled server (see scenarios/startup.ts), on its own.
// Usage: pnpm --filter @patchbay/bench startup (after `pnpm build`)
import { requireBuild } from './lib/server.js';
import { startupAndMemory } from './scenarios/startup.js';

requireBuild();
const result = await startupAndMemory({ quick: false, runs: 3 });
console.log(result.markdown);
if (result.targets.some((target) => !target.pass)) process.exitCode = 1;
