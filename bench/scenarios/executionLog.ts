// The execution log at scale: executions seeded with generate_series across 100 apps (half of
// them in the app measured, the rest spread over 99 others), then each query the API runs for
// the log, through the same store functions: first page, a deep keyset page, every filter
// listExecutions offers, the stats beside each page, and the timeseries.
import { createDb, type Db } from '../../apps/server/src/db/knex.js';
import { migrate } from '../../apps/server/src/db/migrate.js';
import { executionStats, listExecutionRows, type ExecutionFilter } from '../../apps/server/src/executions/store.js';
import { executionSeries } from '../../apps/server/src/executions/timeseriesStore.js';
import { foldExecutionHours } from '../../apps/server/src/executions/rollupFolding.js';
import { syncCatalog } from '../../apps/server/src/integrations/catalogSync.js';
import { createBenchDatabase } from '../database.js';
import { table, type BenchOptions, type ScenarioResult } from '../lib/report.js';
import { formatSpread, percentile, spread } from '../lib/stats.js';

const apps = 100;
const measuredApp = 'app_bench_000';
const endUsersPerApp = 1000;
// The API asks for one row more than the page (20 by default) to know whether a next page exists.
const pageRows = 21;

async function seed(db: Db, rows: number): Promise<void> {
  const appIds = Array.from({ length: apps }, (_, index) => `app_bench_${String(index).padStart(3, '0')}`);
  await db('accounts').insert({ id: 'acct_bench', email: 'bench@bench.test', name: 'Bench', password_hash: 'x' });
  await db('apps').insert(appIds.map((id) => ({ id, account_id: 'acct_bench', name: id, webhook_secret: 'x' })));
  await db.raw(
    `insert into end_users (id, app_id, external_id)
     select 'eu_' || a || '_' || g, a, 'user-' || g from unnest(?::text[]) a, generate_series(1, ?) g`,
    [appIds, endUsersPerApp],
  );
  await db.raw(
    `insert into connections (id, app_id, end_user_id, integration_slug, status, credentials, credentials_key_id)
     select 'conn_' || a || '_' || g, a, 'eu_' || a || '_' || g, 'slack', 'active', 'x', 'x' from unnest(?::text[]) a, generate_series(1, ?) g`,
    [appIds, endUsersPerApp],
  );
  // Row g of the measured app started g seconds ago; the others' rows share the same clock. A
  // mix of integrations, actions, sources and statuses, so each filter selects a real subset.
  const insert = (appExpression: string) => `
    insert into executions (id, app_id, end_user_id, connection_id, integration_slug, action, status, source, duration_ms, started_at, finished_at, attempts)
    select 'exec_' || lpad(g::text, 9, '0') || '_' || ${appExpression}, ${appExpression}, 'eu_' || ${appExpression} || '_' || (g % ${endUsersPerApp} + 1),
           'conn_' || ${appExpression} || '_' || (g % ${endUsersPerApp} + 1),
           case when g % 5 = 0 then 'github' else 'slack' end,
           case when g % 5 = 0 then 'create_issue' when g % 3 = 0 then 'list_channels' else 'send_message' end,
           case when g % 50 = 0 then 'failed' else 'success' end,
           case when g % 7 = 0 then 'mcp' else 'api' end,
           50 + (g % 400), now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, 1
    from generate_series(1, ?) g`;
  await db.raw(insert(`'${measuredApp}'`), [Math.round(rows / 2)]);
  await db.raw(insert(`'app_bench_' || lpad((1 + g % ${apps - 1})::text, 3, '0')`), [rows - Math.round(rows / 2)]);
  await db.raw('analyze');
}

interface Query {
  name: string;
  kind: 'page' | 'stats';
  run(): Promise<unknown>;
}

function queries(db: Db, measuredRows: number, deepCursor: { at: Date; id: string }): Query[] {
  const hour = 3_600_000;
  const now = Date.now();
  const filters: [string, ExecutionFilter][] = [
    ['no filter', {}],
    ['status = failed (2 %)', { status: 'failed' }],
    ['integration = github (20 %)', { integration: 'github' }],
    ['action = list_channels', { action: 'list_channels' }],
    ['source = mcp', { source: 'mcp' }],
    ['end user', { endUserId: 'user-7' }],
    ['end user + status = failed', { endUserId: 'user-7', status: 'failed' }],
    ['one hour, a day ago', { from: new Date(now - 25 * hour).toISOString(), to: new Date(now - 24 * hour).toISOString() }],
    ['last 24 h + integration', { from: new Date(now - 24 * hour).toISOString(), integration: 'slack' }],
  ];
  return [
    ...filters.map(([name, filter]): Query => ({ name: `page: ${name}`, kind: 'page', run: () => listExecutionRows(db, measuredApp, filter, { limit: pageRows }) })),
    { name: `page: deep (cursor at row ${Math.round(measuredRows / 2).toLocaleString('en')})`, kind: 'page', run: () => listExecutionRows(db, measuredApp, {}, { limit: pageRows, after: deepCursor }) },
    ...filters.map(([name, filter]): Query => ({ name: `stats: ${name}`, kind: 'stats', run: () => executionStats(db, measuredApp, filter) })),
    { name: 'timeseries: 7 days by day', kind: 'stats', run: () => executionSeries(db, measuredApp, 'day', { from: new Date(now - 7 * 24 * hour).toISOString(), to: new Date(now).toISOString() }) },
    { name: 'timeseries: 24 h by hour', kind: 'stats', run: () => executionSeries(db, measuredApp, 'hour', { from: new Date(now - 24 * hour).toISOString(), to: new Date(now).toISOString() }) },
  ];
}

// Bounds a run: a slow query (seconds at 1M rows) stops after this long, with at least 5 calls.
const budgetMs = 3000;

/** p95 of up to `samples` timings of the query, after one unmeasured call. */
async function p95(query: Query, samples: number): Promise<number> {
  await query.run();
  const timings: number[] = [];
  const started = performance.now();
  while (timings.length < samples && (timings.length < 5 || performance.now() - started < budgetMs)) {
    const started = performance.now();
    await query.run();
    timings.push(performance.now() - started);
  }
  return percentile(timings.sort((a, b) => a - b), 0.95);
}

export async function executionLogAtScale(options: BenchOptions & { rows?: number }): Promise<ScenarioResult> {
  const rows = options.rows ?? (options.quick ? 50_000 : 1_000_000);
  const samples = options.quick ? 10 : 20;
  const database = await createBenchDatabase();
  const db = createDb(database.url);
  try {
    await migrate(db, database.url);
    await syncCatalog(db);
    const seedStarted = performance.now();
    await seed(db, rows);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // What the worker's rollup job does within 5 minutes of these rows being written.
    const foldStarted = performance.now();
    await foldExecutionHours(db);
    const foldSeconds = (performance.now() - foldStarted) / 1000;
    // The fold leaves a million dead notes of rows written late (each seeded row is one): read
    // until autovacuum clears them, a minute or two later, each stats query costs ~20 ms more.
    await db.raw('vacuum analyze');
    const measuredRows = Math.round(rows / 2);
    const deep = await db('executions').where({ app_id: measuredApp }).orderBy([{ column: 'started_at', order: 'desc' }, { column: 'id', order: 'desc' }]).offset(Math.round(measuredRows / 2)).first('started_at', 'id');
    const list = queries(db, measuredRows, { at: deep.started_at, id: deep.id });
    const results = new Map<string, number[]>(list.map((query) => [query.name, []]));
    for (let run = 0; run < options.runs; run += 1) {
      for (const query of list) results.get(query.name)!.push(await p95(query, samples));
    }
    const limitOf = (query: Query) => (query.kind === 'page' ? 10 : 50);
    const worst = (kind: Query['kind']) => Math.max(...list.filter((query) => query.kind === kind).map((query) => spread(results.get(query.name)!).median));
    const markdown = [
      '## Execution log at scale',
      '',
      `${rows.toLocaleString('en')} executions across ${apps} apps (${measuredRows.toLocaleString('en')} in the app measured, the rest spread over ${apps - 1} others; ${endUsersPerApp} end users each), seeded with generate_series in ${seedSeconds.toFixed(0)} s, then folded into hourly and daily rollups by the worker's rollup job in ${foldSeconds.toFixed(0)} s (stats read the rollups where folded, and the executions for the rest: the newest 3 minutes, the hours a filter cuts, and executions not finished), then \`vacuum analyze\` (as autovacuum would within minutes). Each query through the store functions the API uses (\`listExecutionRows\` for a page of ${pageRows - 1} (+1) rows, \`executionStats\`, \`executionSeries\`), p95 of ${samples} calls after a warm-up (at least 5 when they take over ${budgetMs / 1000} s), ${options.runs} runs. \`GET /executions\` runs a page and its stats at once, so its answer takes about the slower of the two.`,
      '',
      table(
        ['query', 'p95 ms (min / median / max)', 'target'],
        list.map((query) => {
          const median = spread(results.get(query.name)!).median;
          return [query.name, formatSpread(results.get(query.name)!, 1), `< ${limitOf(query)} ms ${median < limitOf(query) ? 'PASS' : '**MISS**'}`];
        }),
      ),
    ].join('\n');
    const pageWorst = worst('page');
    const statsWorst = worst('stats');
    return {
      markdown,
      targets: [
        { name: `Execution-log pages at ${rows.toLocaleString('en')} rows (slowest p95)`, goal: '< 10 ms', measured: `${pageWorst.toFixed(1)} ms`, pass: pageWorst < 10 },
        { name: `Execution stats and timeseries at ${rows.toLocaleString('en')} rows (slowest p95)`, goal: '< 50 ms', measured: `${statsWorst.toFixed(1)} ms`, pass: statsWorst < 50 },
      ],
    };
  } finally {
    await db.destroy();
    if (process.env.BENCH_KEEP) {
      console.log(`kept database ${database.name}`);
      await database.keep();
    } else {
      await database.drop();
    }
  }
}
