// Seeds executions with generate_series and times the execution log's queries, as the API runs
// them (store functions, real indexes). Usage: tsx bench/executions-page.ts [rows=1000000]
import { createDb } from '../apps/server/src/db/knex.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { syncCatalog } from '../apps/server/src/integrations/catalogSync.js';
import { executionStats, listExecutionRows } from '../apps/server/src/executions/store.js';
import { createBenchDatabase } from './database.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const database = await createBenchDatabase();
const { url } = database;
const db = createDb(url);

try {
  await migrate(db, url);
  await syncCatalog(db);
  for (const app of ['app_bench', 'app_other']) {
    await db('accounts').insert({ id: `acct_${app}`, email: `${app}@bench.test`, name: app, password_hash: 'x' });
    await db('apps').insert({ id: app, account_id: `acct_${app}`, name: app, webhook_secret: 'x' });
    await db.raw(`insert into end_users (id, app_id, external_id) select 'eu_' || ? || '_' || g, ?, 'user-' || g from generate_series(1, 1000) g`, [app, app]);
    await db.raw(
      `insert into connections (id, app_id, end_user_id, integration_slug, status, credentials, credentials_key_id)
       select 'conn_' || ? || '_' || g, ?, 'eu_' || ? || '_' || g, 'slack', 'active', 'x', 'x' from generate_series(1, 1000) g`,
      [app, app, app],
    );
  }
  const seedStarted = performance.now();
  for (const [app, count] of [['app_bench', rows], ['app_other', Math.round(rows / 4)]] as const) {
    await db.raw(
      `insert into executions (id, app_id, end_user_id, connection_id, integration_slug, action, status, duration_ms, started_at, finished_at, attempts)
       select 'exec_' || ? || lpad(g::text, 9, '0'), ?, 'eu_' || ? || '_' || (g % 1000 + 1), 'conn_' || ? || '_' || (g % 1000 + 1),
              'slack', case when g % 3 = 0 then 'list_channels' else 'send_message' end,
              case when g % 50 = 0 then 'failed' else 'success' end, 50 + (g % 400),
              now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, 1
       from generate_series(1, ?) g`,
      [app, app, app, app, count],
    );
  }
  await db.raw('analyze');
  console.log(`seeded ${rows} + ${Math.round(rows / 4)} executions in ${Math.round(performance.now() - seedStarted)} ms`);

  const time = async (label: string, runs: number, fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const p95 = samples[Math.floor(samples.length * 0.95)]!;
    console.log(`${label.padEnd(40)} p50 ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms`);
    return p95;
  };
  const first = await time('first page (limit 50)', 50, () => listExecutionRows(db, 'app_bench', {}, { limit: 51 }));
  const deep = await time('page at row 500 000 (cursor)', 50, () =>
    listExecutionRows(db, 'app_bench', {}, { limit: 51, after: { at: new Date(Date.now() - 500_000 * 1000), id: 'exec_app_bench000500000' } }),
  );
  const filtered = await time('filtered by end user + status', 50, () => listExecutionRows(db, 'app_bench', { endUserId: 'user-7', status: 'failed' }, { limit: 51 }));
  const stats = await time('stats over all rows', 5, () => executionStats(db, 'app_bench', {}));
  const failures = [first > 50 && 'first page', deep > 50 && 'deep page', filtered > 50 && 'filtered page', stats > 1500 && 'stats'].filter(Boolean);
  if (failures.length > 0) {
    console.error(`targets missed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  if (process.env.BENCH_KEEP) { console.log(`kept database ${database.name}`); await db.destroy(); await database.keep(); process.exit(process.exitCode ?? 0); }
  await db.destroy();
  await database.drop();
}
