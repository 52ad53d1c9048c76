import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, signUp } from '../../test/http.js';
import { startTestServer, type TestServer } from '../../test/testServer.js';
import { rollupDay, rollupMonth } from './rollup.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A month of activity for one app, written straight into the source tables. */
async function seedMonth(appId: string, month: string) {
  const { db } = server.database;
  await db.raw(`insert into end_users (id, app_id, external_id) select 'eu_' || ? || g, ?, 'user-' || g from generate_series(1, 30) g`, [appId, appId]);
  // User g (1–20) connects Slack on day g + 1 of the month; users 1–5 connect Notion on the 15th.
  await db.raw(
    `insert into connections (id, app_id, end_user_id, integration_slug, status, credentials, credentials_key_id, created_at)
     select 'conn_' || ? || 's' || g, ?, 'eu_' || ? || g, 'slack', 'active', 'x', 'x', (?::date + ((g % 28) || ' days')::interval)
     from generate_series(1, 20) g`,
    [appId, appId, appId, month],
  );
  await db.raw(
    `insert into connections (id, app_id, end_user_id, integration_slug, status, credentials, credentials_key_id, created_at)
     select 'conn_' || ? || 'n' || g, ?, 'eu_' || ? || g, 'notion', 'active', 'x', 'x', (?::date + interval '14 days')
     from generate_series(1, 5) g`,
    [appId, appId, appId, month],
  );
  // 1 000 executions over the month by users 1–25 (21–25 never connected: their executions come via
  // connections deleted since), a few still queued (not billed).
  await db.raw(
    `insert into executions (id, app_id, end_user_id, integration_slug, action, status, started_at)
     select 'exec_' || ? || g, ?, 'eu_' || ? || (g % 25 + 1), case when g % 4 = 0 then 'notion' else 'slack' end, 'x',
            case when g % 100 = 0 then 'queued' when g % 10 = 0 then 'failed' else 'success' end,
            (?::date + ((g % 30) || ' days')::interval + ((g % 86000) || ' seconds')::interval)
     from generate_series(1, 1000) g`,
    [appId, appId, appId, month],
  );
}

async function rollupAll(month: string) {
  const start = new Date(`${month}T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  for (let day = start; day < end; day = new Date(day.getTime() + 86_400_000)) await rollupDay(server.database.db, day);
  await rollupMonth(server.database.db, start);
}

describe('metering', () => {
  it('matches direct SQL counts over a month, and re-running the rollup never double counts', async () => {
    const app = await signUp(server.url);
    const other = await signUp(server.url);
    const month = '2026-09-01';
    await seedMonth(app.appId, month);
    await seedMonth(other.appId, month);
    await rollupAll(month);
    await rollupAll(month);

    const usage = await request(`${server.url}/api/v1/usage?from=2026-09-01&to=2026-09-30&granularity=month`, { apiKey: app.apiKey });
    expect(usage.status).toBe(200);
    const { db } = server.database;
    const direct = await db('executions').where({ app_id: app.appId }).whereIn('status', ['success', 'failed']).andWhere('started_at', '>=', '2026-09-01').andWhere('started_at', '<', '2026-10-01');
    const [september] = usage.body.periods;
    expect(september.executions).toBe(direct.length);
    expect(september.executionsByIntegration).toEqual({
      slack: direct.filter((row) => row.integration_slug === 'slack').length,
      notion: direct.filter((row) => row.integration_slug === 'notion').length,
    });
    const activeUsers = new Set([...direct.map((row) => row.end_user_id), ...(await db('connections').where({ app_id: app.appId }).pluck('end_user_id'))]);
    expect(september.activeEndUsers).toBe(activeUsers.size);
    // Slack in use from the 2nd (29 days), Notion from the 15th (16 days): 45 integration-days / 30.
    expect(september.integrationsInUse).toBeCloseTo(45 / 30, 2);

    const daily = await request(`${server.url}/api/v1/usage?from=2026-09-03&to=2026-09-04`, { apiKey: app.apiKey });
    expect(daily.body.periods.map((period: { period: string }) => period.period)).toEqual(['2026-09-03', '2026-09-04']);
    const day3 = direct.filter((row) => row.started_at.toISOString().startsWith('2026-09-03')).length;
    expect(daily.body.periods[0].executions).toBe(day3);
  });

  it('the estimate is the seed prices times the metered quantities, in integer cents', async () => {
    const app = await signUp(server.url);
    await seedMonth(app.appId, '2026-08-01');
    await rollupAll('2026-08-01');
    const usage = (await request(`${server.url}/api/v1/usage?from=2026-08-01&to=2026-08-31&granularity=month`, { apiKey: app.apiKey })).body.periods[0];
    const estimate = await request(`${server.url}/api/v1/billing/estimate?period=2026-08`, { apiKey: app.apiKey });
    expect(estimate.status).toBe(200);
    const byCode = Object.fromEntries(estimate.body.lineItems.map((item: { code: string }) => [item.code, item]));
    expect(byCode.active_end_users).toMatchObject({ quantity: usage.activeEndUsers, unitPriceMillicents: 50_000, amountCents: usage.activeEndUsers * 50 });
    expect(byCode.executions).toMatchObject({ quantity: usage.executions, unitPriceMillicents: 100, amountCents: Math.round(usage.executions / 10) });
    // August has 31 days: Slack 30 days (from the 2nd), Notion 17 (from the 15th).
    expect(byCode.integrations.quantity).toBeCloseTo(47 / 31, 3);
    expect(byCode.integrations.amountCents).toBe(Math.round((Math.round((47 / 31) * 10_000) / 10_000) * 1000));
    expect(byCode.support).toMatchObject({ amountCents: 0 });
    expect(estimate.body.totalCents).toBe(estimate.body.lineItems.reduce((sum: number, item: { amountCents: number }) => sum + item.amountCents, 0));

    await request(`${server.url}/api/v1/app`, { apiKey: app.apiKey, method: 'PATCH', body: { plan: 'pro' } });
    const pro = await request(`${server.url}/api/v1/billing/estimate?period=2026-08`, { apiKey: app.apiKey });
    expect(pro.body.plan).toBe('pro');
    expect(pro.body.totalCents - estimate.body.totalCents).toBe(9_900);
  });

  it.each(['?from=2026-09-10&to=2026-09-01', '?from=2026-01-01&to=2027-12-31', '?from=yesterday&to=2026-01-01', '?to=2026-01-01'])('usage%s is 400', async (query) => {
    const app = await signUp(server.url);
    expect((await request(`${server.url}/api/v1/usage${query}`, { apiKey: app.apiKey })).status).toBe(400);
  });

  it('a bad period is 400', async () => {
    const app = await signUp(server.url);
    for (const period of ['2026-13', '2026-1', 'soon']) {
      expect((await request(`${server.url}/api/v1/billing/estimate?period=${period}`, { apiKey: app.apiKey })).status).toBe(400);
    }
  });
});
