// A burst of provider pushes against the compiled server (`pnpm build` first), as Slack sends
// them: signed event_callbacks for one workspace, many at once, plus Slack-style retries of some.
// Measures how fast they are acknowledged (Slack wants an answer within 3 s) and how long until
// every one is a `trigger.fired` event in the outbox; fails on any loss or duplicate.
// Usage: pnpm --filter @patchbay/bench inbound-burst [events=5000] [concurrency=50]
import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createBenchDatabase } from './database.js';
import { createApp, requireBuild, startServer } from './lib/server.js';

const events = Number(process.argv[2] ?? 5000);
const concurrency = Number(process.argv[3] ?? 50);
const retries = Math.round(events / 10);
requireBuild();
const signingSecret = randomBytes(16).toString('hex');
const teamId = 'TBENCH';

const database = await createBenchDatabase();
const server = await startServer({
  DATABASE_URL: database.url,
  SLACK_WEBHOOK_SECRET: signingSecret,
  WORKER_CONCURRENCY: '10',
  WORKER_POLL_INTERVAL_MS: '100',
  RATE_LIMIT_SIGNUPS_PER_HOUR: '1000',
});
const base = server.url;
const db = new pg.Client({ connectionString: database.url });

function push(eventId: string, retryNum?: number): Promise<{ status: number; ms: number; duplicate: boolean }> {
  const body = JSON.stringify({
    token: 'bench',
    team_id: teamId,
    api_app_id: 'ABENCH',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: 'CBENCH', user: 'UBENCH', text: `message ${eventId}`, ts: `1700000000.${eventId.slice(-6)}` },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const started = performance.now();
  return fetch(`${base}/api/v1/inbound/slack`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature, ...(retryNum ? { 'x-slack-retry-num': String(retryNum) } : {}) },
    body,
  }).then(async (response) => ({ status: response.status, ms: performance.now() - started, duplicate: Boolean(((await response.json()) as { duplicate?: boolean }).duplicate) }));
}

try {
  await db.connect();
  // One app whose end user connected the bench workspace and subscribed to its messages.
  const app = await createApp(server);
  await db.query("insert into end_users (id, app_id, external_id) values ('eu_bench', $1, 'bench-user')", [app.appId]);
  // Pushes never use the connection's credentials: a placeholder stands in.
  await db.query("insert into connections (id, app_id, end_user_id, integration_slug, status, credentials, credentials_key_id) values ('conn_bench', $1, 'eu_bench', 'slack', 'active', 'x', 'x')", [app.appId]);
  await db.query(
    `insert into trigger_subscriptions (id, app_id, end_user_id, connection_id, integration_slug, trigger, kind, config, status, routing_key)
     values ('sub_bench', $1, 'eu_bench', 'conn_bench', 'slack', 'message', 'webhook', '{"includeBotMessages":false}', 'active', $2)`,
    [app.appId, teamId],
  );

  // The burst: every event once, and a tenth of them again as Slack retries, `concurrency` in flight.
  const ids = Array.from({ length: events }, (_, index) => `EvBENCH${String(index).padStart(8, '0')}`);
  const work = [...ids.map((id) => () => push(id)), ...ids.slice(0, retries).map((id) => () => push(id, 1))];
  const answers: { status: number; ms: number; duplicate: boolean }[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < work.length) answers.push(await work[next++]!());
    }),
  );
  const acceptedSeconds = (performance.now() - started) / 1000;
  const latencies = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!;

  // Until every push is a trigger.fired event in the outbox.
  let fired = 0;
  for (;;) {
    fired = Number((await db.query("select count(*) from webhook_events where app_id = $1 and type = 'trigger.fired'", [app.appId])).rows[0].count);
    if (fired >= events || performance.now() - started > 600_000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const processedSeconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const distinct = Number(
    (await db.query("select count(distinct payload->'data'->>'itemId') from webhook_events where app_id = $1 and type = 'trigger.fired'", [app.appId])).rows[0].count,
  );
  fired = Number((await db.query("select count(*) from webhook_events where app_id = $1 and type = 'trigger.fired'", [app.appId])).rows[0].count);
  const stored = Number((await db.query("select count(*) from trigger_deliveries where integration_slug = 'slack'")).rows[0].count);

  console.log(`${events} events + ${retries} retries, ${concurrency} at a time, to the compiled server (API + worker, one process)`);
  console.log(`acknowledged   ${answers.filter((answer) => answer.status === 200).length}/${work.length} in ${acceptedSeconds.toFixed(1)} s = ${Math.round(work.length / acceptedSeconds)} pushes/s`);
  console.log(`ack latency    p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`retries        ${answers.filter((answer) => answer.duplicate).length}/${retries} answered as duplicates`);
  console.log(`in the outbox  ${fired} trigger.fired (${distinct} distinct) after ${processedSeconds.toFixed(1)} s = ${Math.round(fired / processedSeconds)} events/s end to end; ${stored} deliveries stored`);
  const failures = [
    answers.some((answer) => answer.status !== 200) && 'a push was not acknowledged with 200',
    latencies.at(-1)! > 3000 && 'a push waited longer than Slack’s 3 s',
    answers.filter((answer) => answer.duplicate).length !== retries && 'a retry was not recognised',
    (fired !== events || distinct !== events) && `outbox holds ${fired} events (${distinct} distinct), expected ${events}`,
    stored !== events && `${stored} deliveries stored, expected ${events}`,
  ].filter(Boolean);
  if (failures.length > 0) {
    console.error(`targets missed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await db.end().catch(() => {});
  await server.stop();
  await database.drop();
}
