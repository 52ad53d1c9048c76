// Webhook delivery: events written through the outbox (recordEvent, as the product writes them)
// and delivered by the compiled server's worker to a loopback receiver that answers 200, beside
// the same number of no-op graphile-worker jobs on the same database with the same worker
// settings (the queue's ceiling). Throughput is a drain: the events (or jobs) are queued while no
// worker runs, then one starts. Event-to-delivery latency is taken apart, at a steady pace.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, run } from 'graphile-worker';
import { loadConfig } from '../../apps/server/src/config.js';
import { createDb, type Db } from '../../apps/server/src/db/knex.js';
import { recordEvent } from '../../apps/server/src/webhooks/outbox.js';
import { workerPreset } from '../../apps/server/src/worker/startWorker.js';
import { createBenchDatabase } from '../database.js';
import { table, type BenchOptions, type ScenarioResult } from '../lib/report.js';
import { callApi, createApp, raisedRateLimits, startServer } from '../lib/server.js';
import { formatSpread, percentile, spread } from '../lib/stats.js';

// The server's worker settings (its defaults, or WORKER_* from the environment, which the server
// inherits too), for the no-op worker as well, with the server's graphile-worker preset.
const config = loadConfig({ NODE_ENV: 'development', ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('WORKER_'))) });
const worker = { concurrency: config.workerConcurrency, localQueueSize: config.workerLocalQueueSize, pollIntervalMs: config.workerPollIntervalMs };
const eventType = 'connection.deleted';

/** A customer's endpoint on loopback: answers 200 at once and notes when each event arrived. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = req.headers['webhook-id'];
      if (typeof id === 'string' && !arrivals.has(id)) arrivals.set(id, Date.now());
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    arrivals,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Events through the outbox, `perTransaction` to a transaction; their ids. */
async function emitEvents(db: Db, appId: string, count: number, perTransaction: number): Promise<string[]> {
  const ids: string[] = [];
  for (let done = 0; done < count; done += perTransaction) {
    await db.transaction(async (trx) => {
      for (let index = done; index < Math.min(count, done + perTransaction); index += 1) {
        ids.push(await recordEvent(trx, appId, eventType, { connectionId: `conn_bench_${index}`, endUserId: 'bench-user', integration: 'slack' }));
      }
    });
  }
  return ids;
}

const ratePerSecond = (times: readonly number[]) => (times.length < 2 ? Number.NaN : ((times.length - 1) * 1000) / (Math.max(...times) - Math.min(...times)));

/** No-op jobs queued first, then a worker with the server's settings drains them. */
async function noopJobRate(databaseUrl: string, db: Db, count: number): Promise<number> {
  const task = `bench_noop_${Date.now()}`;
  await db.raw('select graphile_worker.add_job(?, json_build_object(\'n\', g)) from generate_series(1, ?) g', [task, count]);
  const finished: number[] = [];
  const runner = await run({
    connectionString: databaseUrl,
    concurrency: worker.concurrency,
    maxPoolSize: Math.max(10, worker.concurrency + 2),
    preset: { worker: workerPreset(config) },
    pollInterval: worker.pollIntervalMs,
    noHandleSignals: true,
    logger: new Logger(() => () => {}),
    taskList: { [task]: async () => {} },
  });
  runner.events.on('job:success', () => finished.push(Date.now()));
  try {
    await until(() => finished.length >= count, 300_000, `${count} no-op jobs`);
  } finally {
    await runner.stop();
  }
  return ratePerSecond(finished);
}

export async function webhookDelivery(options: BenchOptions): Promise<ScenarioResult> {
  const events = options.quick ? 1000 : 10_000;
  const database = await createBenchDatabase();
  const db = createDb(database.url);
  const receiver = await startReceiver();
  const serverEnvironment = { DATABASE_URL: database.url, ...raisedRateLimits };
  try {
    let server = await startServer(serverEnvironment);
    const { apiKey, appId } = await createApp(server);
    await callApi(server, apiKey, 'POST', '/api/v1/webhook-endpoints', { url: receiver.url, events: [eventType] });
    await server.stop();

    // Throughput: drain `events` queued deliveries, then `events` no-op jobs, once per run.
    const deliveryRates: number[] = [];
    const noopRates: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const ids = await emitEvents(db, appId, events, 500);
      server = await startServer(serverEnvironment);
      try {
        await until(() => ids.every((id) => receiver.arrivals.has(id)), 600_000, `${events} deliveries`);
      } finally {
        await server.stop();
      }
      deliveryRates.push(ratePerSecond(ids.map((id) => receiver.arrivals.get(id)!)));
      noopRates.push(await noopJobRate(database.url, db, events));
    }

    // Latency: the server running, events written one to a transaction at a steady pace of half
    // the delivery rate just measured (a pipeline with room to spare, on any machine), 10 s long.
    const perSecond = Math.max(1, Math.round(spread(deliveryRates).median / 2));
    const pacedCount = perSecond * (options.quick ? 2 : 10);
    server = await startServer(serverEnvironment);
    const pacedIds: string[] = [];
    try {
      const pacedStarted = Date.now();
      for (let index = 0; index < pacedCount; index += 1) {
        const due = pacedStarted + (index * 1000) / perSecond;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        pacedIds.push(...(await emitEvents(db, appId, 1, 1)));
      }
      await until(() => pacedIds.every((id) => receiver.arrivals.has(id)), 120_000, 'the paced events');
    } finally {
      await server.stop();
    }
    const createdAt = new Map((await db('webhook_events').where({ app_id: appId }).whereIn('id', pacedIds).select('id', 'created_at')).map((row: { id: string; created_at: Date }) => [row.id, row.created_at.getTime()]));
    const latencies = pacedIds.map((id) => receiver.arrivals.get(id)! - createdAt.get(id)!).sort((a, b) => a - b);
    const ratios = deliveryRates.map((rate, run) => rate / noopRates[run]!);
    const lost = Number((await db('webhook_event_targets').where({ app_id: appId }).whereNot({ status: 'delivered' }).count({ count: '*' }))[0]!.count);
    const share = spread(ratios).median;
    const markdown = [
      '## Webhook delivery',
      '',
      `${events.toLocaleString('en')} \`${eventType}\` events written through the outbox (\`recordEvent\`, 500 to a transaction) while no worker runs, then the compiled server starts and delivers them to one endpoint on loopback (a receiver answering 200); beside it, ${events.toLocaleString('en')} no-op graphile-worker jobs drained on the same database with the server's worker settings (concurrency ${worker.concurrency}, local queue ${worker.localQueueSize}, poll ${worker.pollIntervalMs} ms). Rate = jobs or deliveries between the first and the last, per second. Events are fanned out in graphile-worker batch jobs (an event joins one of 32 keyed jobs while it waits) and the batch job makes each event's first attempt, so a burst costs far fewer jobs than events; a no-op costs one job each. ${lost} event targets not delivered at the end.`,
      '',
      table(
        ['figure', 'min / median / max'],
        [
          ['deliveries/s', formatSpread(deliveryRates)],
          ['no-op jobs/s (ceiling)', formatSpread(noopRates)],
          ['deliveries ÷ no-op jobs, per run', formatSpread(ratios, 2)],
        ],
      ),
      '',
      `Event to delivery (the event's \`created_at\` → the receiver got it), ${pacedCount.toLocaleString('en')} events written one to a transaction at ${perSecond}/s (half the median delivery rate) while the server runs: p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms, max ${latencies.at(-1)} ms.`,
    ].join('\n');
    return {
      markdown,
      targets: [
        { name: 'Webhook deliveries vs no-op jobs', goal: '≥ 50 % of the no-op job rate', measured: `${(share * 100).toFixed(0)} % (${spread(deliveryRates).median.toFixed(0)}/s vs ${spread(noopRates).median.toFixed(0)}/s)`, pass: share >= 0.5 && lost === 0 },
      ],
    };
  } finally {
    await receiver.close();
    await db.destroy();
    await database.drop();
  }
}
