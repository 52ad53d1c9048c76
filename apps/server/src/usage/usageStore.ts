import type { Db } from '../db/knex.js';
import { metricNames } from './rollup.js';

export interface DailyUsage {
  day: string;
  executionsByIntegration: Record<string, number>;
  integrationsInUse: number;
  triggerEvents: number;
}

/** Rolled-up daily rows of one app, by day. */
export async function dailyUsage(db: Db, appId: string, from: string, to: string): Promise<Map<string, DailyUsage>> {
  const rows: { day: string; metric: string; integration_slug: string; count: number }[] = await db('usage_metrics')
    .where({ app_id: appId })
    .whereIn('metric', [metricNames.executions, metricNames.integrationDays, metricNames.triggerEvents])
    .andWhere('period', '>=', from)
    .andWhere('period', '<=', to)
    .select(db.raw("to_char(period, 'YYYY-MM-DD') as day"), 'metric', 'integration_slug', 'count');
  const days = new Map<string, DailyUsage>();
  for (const row of rows) {
    const entry = days.get(row.day) ?? { day: row.day, executionsByIntegration: {}, integrationsInUse: 0, triggerEvents: 0 };
    if (row.metric === metricNames.executions) entry.executionsByIntegration[row.integration_slug] = Number(row.count);
    else if (row.metric === metricNames.triggerEvents) entry.triggerEvents += Number(row.count);
    else entry.integrationsInUse += 1;
    days.set(row.day, entry);
  }
  return days;
}

export async function monthlyActiveEndUsers(db: Db, appId: string, monthStart: string): Promise<number> {
  const row = await db('usage_metrics').where({ app_id: appId, metric: metricNames.activeEndUsers, period: monthStart, integration_slug: '' }).first('count');
  return Number(row?.count ?? 0);
}
