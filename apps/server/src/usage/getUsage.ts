import { invalidRequest } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { monthStart, nextMonth, rollupDay, rollupMonth } from './rollup.js';
import { dailyUsage, monthlyActiveEndUsers } from './usageStore.js';

const maxDays = 400;
const dayMs = 86_400_000;

export const getUsage: OperationHandler<'getUsage'> = async ({ app, query, services }) => {
  const from = new Date(`${query.from}T00:00:00Z`);
  const to = new Date(`${query.to}T00:00:00Z`);
  const span = (to.getTime() - from.getTime()) / dayMs + 1;
  if (span < 1 || span > maxDays) {
    const message = `must be on or after from, at most ${maxDays} days later`;
    throw invalidRequest(`query/to: ${message}`, [{ path: 'query/to', message }]);
  }
  // Today (and this month) are still moving: roll them up now for this app; older days come
  // from the cron job's rollups.
  const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  if (to >= today && from <= today) {
    await rollupDay(services.db, today, app.id);
    await rollupMonth(services.db, today, app.id);
  }
  const days = await dailyUsage(services.db, app.id, query.from, query.to);
  const granularity = query.granularity ?? 'day';
  const periods = [];
  if (granularity === 'day') {
    for (let day = from; day <= to; day = new Date(day.getTime() + dayMs)) {
      const key = day.toISOString().slice(0, 10);
      const usage = days.get(key);
      const byIntegration = usage?.executionsByIntegration ?? {};
      periods.push({ period: key, executions: sum(byIntegration), executionsByIntegration: byIntegration, integrationsInUse: usage?.integrationsInUse ?? 0, activeEndUsers: null, triggerEvents: usage?.triggerEvents ?? 0 });
    }
  } else {
    for (let month = monthStart(from); month <= to; month = nextMonth(month)) {
      const key = month.toISOString().slice(0, 7);
      const inMonth = [...days.values()].filter((usage) => usage.day.startsWith(key));
      const byIntegration: Record<string, number> = {};
      for (const usage of inMonth) for (const [slug, count] of Object.entries(usage.executionsByIntegration)) byIntegration[slug] = (byIntegration[slug] ?? 0) + count;
      const daysInMonth = (nextMonth(month).getTime() - month.getTime()) / dayMs;
      periods.push({
        period: key,
        executions: sum(byIntegration),
        executionsByIntegration: byIntegration,
        integrationsInUse: Math.round((inMonth.reduce((total, usage) => total + usage.integrationsInUse, 0) / daysInMonth) * 100) / 100,
        activeEndUsers: await monthlyActiveEndUsers(services.db, app.id, month.toISOString().slice(0, 10)),
        triggerEvents: inMonth.reduce((total, usage) => total + usage.triggerEvents, 0),
      });
    }
  }
  return { status: 200, body: { granularity, from: query.from, to: query.to, periods } };
};

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}
