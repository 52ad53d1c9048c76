// A CPU profile of the server during the 10-connection action load, taken through the inspector
// (only the load, not start-up), written to bench/profiles/ and summarised as text.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startActionFixture } from '../lib/actionFixture.js';
import { summariseProfile, type CpuProfile, type ProfileRow } from '../lib/cpuProfile.js';
import { connectInspector } from '../lib/inspector.js';
import { load } from '../lib/load.js';
import { table, type BenchOptions, type ScenarioResult } from '../lib/report.js';

const profilesDir = new URL('../profiles/', import.meta.url);

export async function actionProfile(options: BenchOptions): Promise<ScenarioResult> {
  const seconds = options.quick ? 3 : 15;
  const fixture = await startActionFixture({ inspect: true });
  try {
    if (!fixture.server.inspectorUrl) throw new Error('the server printed no inspector URL');
    await load(fixture.targets.action, 10, 1);
    const inspector = await connectInspector(fixture.server.inspectorUrl);
    let profile: CpuProfile;
    let requestsPerSecond: number;
    try {
      await inspector.send('Profiler.enable');
      await inspector.send('Profiler.setSamplingInterval', { interval: 500 });
      await inspector.send('Profiler.start');
      ({ requestsPerSecond } = await load(fixture.targets.action, 10, seconds));
      ({ profile } = await inspector.send<{ profile: CpuProfile }>('Profiler.stop'));
    } finally {
      inspector.close();
    }
    await mkdir(profilesDir, { recursive: true });
    const file = new URL(`action-10c-${new Date().toISOString().replaceAll(':', '-')}.cpuprofile`, profilesDir);
    await writeFile(file, JSON.stringify(profile));
    const summary = summariseProfile(profile);
    const rows = (list: ProfileRow[]) => list.map((row) => [row.name, `\`${row.where}\``, row.ms.toFixed(0), `${(row.share * 100).toFixed(1)} %`]);
    const markdown = [
      '## CPU profile of the action path (flame graph summary)',
      '',
      `The server under the 10-connection \`send_message\` load for ${seconds} s (${requestsPerSecond.toFixed(0)} req/s while profiled, sampling every 0.5 ms, idle time left out: ${summary.totalMs.toFixed(0)} ms on CPU). The profile is written to \`bench/profiles/${fileURLToPath(file).split('/').at(-1)}\` (not in git): open it in Chrome DevTools or speedscope for the flame graph.`,
      '',
      '### Top functions by self time',
      '',
      table(['function', 'where', 'self ms', 'share'], rows(summary.bySelf)),
      '',
      '### Top functions by inclusive time (our code and dependencies; each function counted once per sample)',
      '',
      table(['function', 'where', 'inclusive ms', 'share'], rows(summary.byInclusive)),
      '',
      '### Self time by package or file',
      '',
      table(['package / file', 'self ms', 'share'], summary.byPackage.map((row) => [`\`${row.name}\``, row.ms.toFixed(0), `${(row.share * 100).toFixed(1)} %`])),
      '',
      await readFile(new URL('../profile-before.md', import.meta.url), 'utf8'),
    ].join('\n');
    return { markdown, targets: [] };
  } finally {
    await fixture.close();
  }
}
