// Request overhead: /healthz (the HTTP stack's ceiling), an authenticated read, the execution log's
// smallest page, and a Slack action through Patchbay to the emulator beside the same Slack call
// made straight to the emulator (the action's ceiling), at 1, 10 and 50 connections.
import { startActionFixture } from '../lib/actionFixture.js';
import { load, type LoadResult } from '../lib/load.js';
import { waitUntilDrained } from '../lib/server.js';
import { table, type BenchOptions, type ScenarioResult } from '../lib/report.js';
import { formatSpread, spread } from '../lib/stats.js';

const connectionLevels = [1, 10, 50] as const;
const targetNames = ['healthz', 'read', 'executions', 'action', 'direct'] as const;
type TargetName = (typeof targetNames)[number];
const labels: Record<TargetName, string> = {
  healthz: '`GET /healthz`',
  read: '`GET /api/v1/integrations` (API key)',
  executions: '`GET /api/v1/executions?limit=1`',
  action: '`POST …/slack/actions/send_message` → emulator',
  direct: 'Slack `chat.postMessage` straight to the emulator',
};

export async function requestOverhead(options: BenchOptions): Promise<ScenarioResult> {
  const seconds = options.quick ? 1 : 5;
  const fixture = await startActionFixture();
  try {
    // JIT warm-up, and a first execution row, before anything counts.
    for (const name of targetNames) await load(fixture.targets[name], 10, 1);
    const results = new Map<string, LoadResult[]>();
    for (const connections of connectionLevels) {
      for (let run = 0; run < options.runs; run += 1) {
        // Interleaved, so each run's ratios compare figures taken under the same load.
        for (const name of targetNames) {
          const key = `${name}@${connections}`;
          results.set(key, [...(results.get(key) ?? []), await load(fixture.targets[name], connections, seconds)]);
          await waitUntilDrained(fixture.server.url);
        }
      }
    }
    return summarise(results, options, seconds);
  } finally {
    await fixture.close();
  }
}

function summarise(results: Map<string, LoadResult[]>, options: BenchOptions, seconds: number): ScenarioResult {
  const runsOf = (name: TargetName, connections: number) => results.get(`${name}@${connections}`)!;
  const ratio = (name: TargetName, ceiling: TargetName, connections: number) =>
    runsOf(name, connections).map((result, run) => result.requestsPerSecond / runsOf(ceiling, connections)[run]!.requestsPerSecond);
  const overheadMs = (connections: number) => runsOf('action', connections).map((result, run) => result.p50Ms - runsOf('direct', connections)[run]!.p50Ms);
  const rows = connectionLevels.flatMap((connections) =>
    targetNames.map((name) => {
      const runs = runsOf(name, connections);
      const failures = runs.reduce((sum, result) => sum + result.failures, 0);
      return [
        String(connections),
        labels[name],
        formatSpread(runs.map((result) => result.requestsPerSecond)),
        formatSpread(runs.map((result) => result.p50Ms), 2),
        formatSpread(runs.map((result) => result.p99Ms), 2),
        String(failures),
      ];
    }),
  );
  const ratioRows = connectionLevels.map((connections) => [
    String(connections),
    formatSpread(ratio('read', 'healthz', connections), 2),
    formatSpread(ratio('executions', 'healthz', connections), 2),
    formatSpread(ratio('action', 'direct', connections), 2),
    formatSpread(overheadMs(connections), 2),
  ]);
  const readShare = spread(ratio('read', 'healthz', 50)).median;
  const action50 = spread(runsOf('action', 50).map((result) => result.requestsPerSecond)).median;
  const overhead1 = spread(overheadMs(1)).median;
  const markdown = [
    '## Request overhead',
    '',
    `autocannon in the bench process, ${seconds} s per figure, ${options.runs} runs (interleaved: each run measures every request once; after each figure the server finishes the requests autocannon abandoned before the next begins), keep-alive; the compiled server with its rate limits raised, the emulator in a process of its own. req/s and latency as min / median / max over the runs; failures = non-2xx + errors + timeouts over all runs.`,
    '',
    table(['connections', 'request', 'req/s', 'p50 ms', 'p99 ms', 'failures'], rows),
    '',
    'Each figure beside its ceiling, per run (min / median / max of the per-run ratios):',
    '',
    table(['connections', 'read ÷ /healthz', 'executions page ÷ /healthz', 'action ÷ direct Slack call', 'action p50 − direct p50 (ms)'], ratioRows),
  ].join('\n');
  return {
    markdown,
    targets: [
      { name: 'Authenticated read vs /healthz (50 connections)', goal: '≥ 25 % of /healthz req/s', measured: `${(readShare * 100).toFixed(0)} %`, pass: readShare >= 0.25 },
      { name: 'Action throughput (50 connections)', goal: '≥ 1 500 req/s', measured: `${action50.toFixed(0)} req/s`, pass: action50 >= 1500 },
      { name: 'Action p50 overhead (1 connection)', goal: '≤ direct p50 + 1.5 ms', measured: `+${overhead1.toFixed(2)} ms`, pass: overhead1 <= 1.5 },
    ],
  };
}
