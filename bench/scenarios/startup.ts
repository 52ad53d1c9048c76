// Start-up time and idle memory of the compiled server, as production runs it: from spawning
// `patchbay serve` to the first 200 from /readyz, then RSS after some idle seconds. Cases:
// embedded PostgreSQL cold (new data dir: initdb) and warm (same dir again), and DATABASE_URL
// (when set, on a database of its own that a first start migrates).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBenchDatabase } from '../database.js';
import { table, type BenchOptions, type ScenarioResult } from '../lib/report.js';
import { startServer } from '../lib/server.js';
import { formatSpread, spread } from '../lib/stats.js';

interface Sample {
  readyMs: number;
  rssMiB: number;
}

async function startOnce(environment: Record<string, string>, idleMs: number): Promise<Sample> {
  const server = await startServer(environment);
  try {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    return { readyMs: server.readyMs, rssMiB: server.rssMiB() };
  } finally {
    await server.stop();
  }
}

export async function startupAndMemory(options: BenchOptions): Promise<ScenarioResult> {
  const idleMs = options.quick ? 1000 : 5000;
  const dirs: string[] = [];
  const newDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'patchbay-startup-'));
    // As root, embedded PostgreSQL runs as user postgres, which must be able to enter the data dir.
    await chmod(dir, 0o755);
    dirs.push(dir);
    return dir;
  };
  const cases: { name: string; samples: Sample[]; failures: string[] }[] = [];
  // A start that fails is reported beside the others (a start-up bug is a finding), not retried.
  const measure = async (name: string, environment: () => Promise<Record<string, string>>) => {
    const samples: Sample[] = [];
    const failures: string[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      try {
        samples.push(await startOnce(await environment(), idleMs));
      } catch (error) {
        failures.push(error instanceof Error ? error.message.trim() : String(error));
      }
    }
    cases.push({ name, samples, failures });
    return samples;
  };
  try {
    await measure('embedded PostgreSQL, cold (initdb)', async () => ({ PATCHBAY_DATA_DIR: await newDir() }));
    const warmDir = await newDir();
    await startOnce({ PATCHBAY_DATA_DIR: warmDir }, 0);
    const warm = await measure('embedded PostgreSQL, warm', async () => ({ PATCHBAY_DATA_DIR: warmDir }));
    if (process.env.DATABASE_URL) {
      const database = await createBenchDatabase();
      try {
        await startOnce({ DATABASE_URL: database.url }, 0);
        await measure('DATABASE_URL (schema current)', async () => ({ DATABASE_URL: database.url }));
      } finally {
        await database.drop();
      }
    }
    const warmMs = spread(warm.map((sample) => sample.readyMs)).median;
    const markdown = [
      '## Start-up and idle memory',
      '',
      `The compiled server (\`patchbay serve\`): spawn → first 200 from \`/readyz\`, and RSS after ${idleMs / 1000} s idle; ${options.runs} runs each.`,
      '',
      table(
        ['case', 'spawn → /readyz 200 (ms)', `RSS after ${idleMs / 1000} s idle (MiB)`, 'failed starts'],
        cases.map(({ name, samples, failures }) => [
          name,
          formatSpread(samples.map((sample) => sample.readyMs)),
          formatSpread(samples.map((sample) => sample.rssMiB), 1),
          failures.length === 0 ? '0' : `${failures.length}: ${failures.map((failure) => failure.replaceAll('\n', ' ').replaceAll('|', '\\|')).join('; ')}`,
        ]),
      ),
    ].join('\n');
    const failed = cases.reduce((sum, { failures }) => sum + failures.length, 0);
    return {
      markdown,
      targets: [
        { name: 'Warm start (embedded PostgreSQL)', goal: '< 3 s', measured: `${(warmMs / 1000).toFixed(2)} s`, pass: warmMs < 3000 },
        { name: 'Every start-up succeeds', goal: 'no failed start', measured: `${failed} failed`, pass: failed === 0 },
      ],
    };
  } finally {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}
