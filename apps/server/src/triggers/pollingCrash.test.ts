import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { startServerProcess, type ServerProcess } from '../../test/serverProcess.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { connect, providerEnvironment } from '../../test/triggerWorld.js';
import { eventually } from '../../test/webhookReceiver.js';

// Polling across SIGKILLed workers (the compiled server, as production runs it): rows keep being
// added while one worker is killed with a poll in flight and another just after a poll answered,
// racing its commit. Every new row must reach the outbox exactly once.
const encryptionKey = randomBytes(32).toString('base64');
const spreadsheetId = 'crash-test-1BxiMVs0XRA5nFMdKvBdBZjgm';
const rowsToAdd = 120;

let emulator: Emulator;
let server: TestServer;
let proxy: Server;
let proxyUrl: string;
const workers: ServerProcess[] = [];

/** Google Sheets through a proxy that reports each poll and can hold its answer. */
let polls = 0;
let onPoll: ((poll: number, answer: () => void, res: ServerResponse) => void) | undefined;

beforeAll(async () => {
  emulator = await startEmulator({ autoApprove: true });
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const upstream = await fetch(`${emulator.url}${req.url}`, {
        method: req.method!,
        headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      const body = await upstream.text();
      const answer = () => {
        if (!res.destroyed) res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
      };
      if (req.url!.includes('values:batchGet') && onPoll) onPoll(++polls, answer, res);
      else answer();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  server = await startTestServer({ ...environment(), ENCRYPTION_KEY: encryptionKey });
});

afterAll(async () => {
  for (const { child } of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await server.close();
  await emulator.close();
  proxy.closeAllConnections();
  proxy.close();
});

function environment(): Record<string, string> {
  return { ...providerEnvironment(emulator.url), GOOGLE_SHEETS_API_BASE_URL: `${proxyUrl}/google-sheets/api/`, TRIGGER_POLL_INTERVAL_SECONDS: '0.2' };
}

async function startWorker(): Promise<ServerProcess> {
  const worker = await startServerProcess(['worker'], {
    ...environment(),
    NODE_ENV: 'test',
    DATABASE_URL: server.database.url,
    ENCRYPTION_KEY: encryptionKey,
    LOG_LEVEL: 'silent',
    WORKER_POLL_INTERVAL_MS: '100',
    WORKER_DEAD_AFTER_SECONDS: '2',
  });
  workers.push(worker);
  return worker;
}

it('SIGKILL mid-poll and right after a poll: each new row is in the outbox exactly once', { timeout: 120_000 }, async () => {
  const app = await signUp(server.url);
  emulator.seedSpreadsheet(spreadsheetId, { Sheet1: [['n', 'added at'], ['0', 'before']] });
  await connect(server, app.apiKey, 'crash-user', 'google-sheets');
  const created = await request(`${server.url}/api/v1/trigger-subscriptions`, {
    apiKey: app.apiKey,
    body: { endUserId: 'crash-user', integration: 'google-sheets', trigger: 'new_row', config: { spreadsheetId } },
  });
  expect(created.status).toBe(201);

  // Rows keep arriving throughout, two at a time.
  let added = 0;
  const adding = setInterval(() => {
    const batch = Math.min(2, rowsToAdd - added);
    emulator.appendToSheet(spreadsheetId, 'Sheet1', Array.from({ length: batch }, (_, index) => [String(added + index + 1), new Date().toISOString()]));
    added += batch;
    if (added >= rowsToAdd) clearInterval(adding);
  }, 100);

  // Worker 1 dies while the provider is answering its fourth poll: nothing of that poll committed.
  const first = await startWorker();
  await new Promise<void>((resolve) => {
    onPoll = (poll, answer) => {
      if (poll < 4) return answer();
      onPoll = (_, next) => next();
      first.child.kill('SIGKILL');
      void first.exited.then(() => {
        answer();
        resolve();
      });
    };
  });

  // Worker 2 takes the released job over, then dies just as a poll's answer reached it.
  const second = await startWorker();
  const pollsBefore = polls;
  await new Promise<void>((resolve) => {
    onPoll = (poll, answer, res) => {
      if (poll < pollsBefore + 3) return answer();
      onPoll = (_, next) => next();
      res.once('finish', () => {
        second.child.kill('SIGKILL');
        resolve();
      });
      answer();
    };
  });
  await second.exited;

  await startWorker();
  const fired = async () =>
    (await server.database.db('webhook_events').where({ app_id: app.appId, type: 'trigger.fired' }).select(server.database.db.raw("payload->'data'->>'itemId' as item"))).map(
      (row: { item: string }) => row.item,
    );
  await eventually(async () => expect((await fired()).length).toBeGreaterThanOrEqual(rowsToAdd), 90_000);
  // Let a few more polls run: late duplicates would show up now.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const items = await fired();
  expect(items.length).toBe(rowsToAdd);
  expect(new Set(items)).toEqual(new Set(Array.from({ length: rowsToAdd }, (_, index) => `row-${index + 3}`)));
  const runs = await server.database.db('trigger_runs').where({ app_id: app.appId });
  expect(runs.reduce((total: number, run: { items: number }) => total + run.items, 0)).toBe(rowsToAdd);
  console.log(`crash test: ${polls} polls through the proxy, ${runs.length} committed, ${rowsToAdd} rows delivered once each across 2 SIGKILLs`);
});
