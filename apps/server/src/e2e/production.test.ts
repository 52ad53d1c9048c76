// The compiled server as production runs it: NODE_ENV=production, plain Node, no tsx.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { startServerProcess, type ServerProcess } from '../../test/serverProcess.js';
import { createTestDatabase, type TestDatabase } from '../../test/testDatabase.js';
import { eventually } from '../../test/webhookReceiver.js';

let database: TestDatabase;
const processes: ServerProcess[] = [];
const production = () => ({
  NODE_ENV: 'production',
  DATABASE_URL: database.url,
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  PUBLIC_URL: 'https://patchbay.example.com',
  PATCHBAY_DEMO: undefined,
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL');
  await database.drop();
});

async function run(args: string[], environment: Record<string, string | undefined>, waitForStart = true): Promise<ServerProcess> {
  const started = await startServerProcess(args, environment, { waitForStart });
  processes.push(started);
  return started;
}

describe('patchbay with NODE_ENV=production', () => {
  it('refuses to start without DATABASE_URL, ENCRYPTION_KEY and PUBLIC_URL, naming each one missing', async () => {
    for (const command of ['serve', 'worker', 'migrate']) {
      const bare = await run([command], { NODE_ENV: 'production', DATABASE_URL: undefined, ENCRYPTION_KEY: undefined, PUBLIC_URL: undefined }, false);
      expect(await bare.exited).toBe(1);
      expect(bare.output()).toMatch(/NODE_ENV=production needs these settings:\n {2}DATABASE_URL: .+\n {2}ENCRYPTION_KEY: .+\n {2}PUBLIC_URL: .+/);
    }
    const partly = await run(['serve'], { ...production(), ENCRYPTION_KEY: undefined, PUBLIC_URL: undefined }, false);
    expect(await partly.exited).toBe(1);
    expect(partly.output()).toContain('ENCRYPTION_KEY');
    expect(partly.output()).toContain('PUBLIC_URL');
    expect(partly.output()).not.toContain('DATABASE_URL');
  });

  it('migrates, serves the API and the hosted Connect Link page from the build, and runs a worker', async () => {
    const settings = production();
    const migrate = await run(['migrate'], settings);
    expect(await migrate.exited).toBe(0);
    const [api, worker] = await Promise.all([run(['serve', '--no-worker'], settings), run(['worker'], settings)]);
    expect((await request(`${api.url}/readyz`)).body).toEqual({ ok: true, checks: { database: { ok: true }, migrations: { ok: true } } });
    const app = await signUp(api.url!);
    expect((await request(`${api.url}/api/v1/integrations`, { apiKey: app.apiKey })).status).toBe(200);
    const connectPage = await fetch(`${api.url}/connect?session=cs_unknown`);
    expect(connectPage.status).toBe(200);
    expect(await connectPage.text()).toMatch(/<script nonce="[^"]+">.{1000,}<\/script>/s);
    // The worker takes jobs: a test event is fanned out and its delivery attempted (the name does not resolve).
    const endpoint = await request(`${api.url}/api/v1/webhook-endpoints`, { apiKey: app.apiKey, body: { url: 'https://receiver.invalid/hooks' } });
    expect(endpoint.status).toBe(201);
    const test = await request(`${api.url}/api/v1/webhook-endpoints/${endpoint.body.id}/test`, { apiKey: app.apiKey, method: 'POST' });
    await eventually(async () => expect((await request(`${api.url}/api/v1/events/${test.body.id}/deliveries`, { apiKey: app.apiKey })).body.deliveries).toHaveLength(1));
    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    expect(await Promise.all([api.exited, worker.exited])).toEqual([0, 0]);
  });
});
