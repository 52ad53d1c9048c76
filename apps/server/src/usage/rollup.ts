import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

export const metricNames = { executions: 'executions', integrationDays: 'integration_days', activeEndUsers: 'active_end_users', triggerEvents: 'trigger_events' } as const;

const isoDay = (day: Date) => day.toISOString().slice(0, 10);
export const monthStart = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
export const nextMonth = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));

/**
 * Recomputes one UTC day from the source tables and replaces that day's rows: running it again
 * (or concurrently with the API's on-demand rollup) never double counts. `appId` limits it to one
 * app (the API), otherwise it covers all (the cron job).
 */
export async function rollupDay(db: Db, day: Date, appId?: string): Promise<void> {
  const from = isoDay(day);
  const scoped = (query: Knex.QueryBuilder, column = 'app_id') => (appId ? query.where(column, appId) : query);
  await db.transaction(async (trx) => {
    // One rollup of a given day at a time; others wait and then recompute the same numbers.
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`usage:${from}:${appId ?? '*'}`]);
    await scoped(trx('usage_metrics').where({ period: from }).whereIn('metric', [metricNames.executions, metricNames.integrationDays, metricNames.triggerEvents])).delete();
    const executions = scoped(
      trx('executions')
        .where('started_at', '>=', from)
        .andWhere('started_at', '<', trx.raw("?::date + interval '1 day'", [from]))
        .whereIn('status', ['success', 'failed']),
    )
      .groupBy('app_id', 'integration_slug')
      .select('app_id', trx.raw('?::date as period', [from]), trx.raw('? as metric', [metricNames.executions]), 'integration_slug', trx.raw('count(*) as count'));
    await trx.into(trx.raw('usage_metrics (app_id, period, metric, integration_slug, count)')).insert(executions);
    // Every trigger.fired event a run produced, by the day of the run.
    const triggerEvents = scoped(
      trx('trigger_runs')
        .where('started_at', '>=', from)
        .andWhere('started_at', '<', trx.raw("?::date + interval '1 day'", [from]))
        .andWhere('items', '>', 0),
    )
      .groupBy('app_id', 'integration_slug')
      .select('app_id', trx.raw('?::date as period', [from]), trx.raw('? as metric', [metricNames.triggerEvents]), 'integration_slug', trx.raw('sum(items) as count'));
    await trx.into(trx.raw('usage_metrics (app_id, period, metric, integration_slug, count)')).insert(triggerEvents);
    // An integration is in use on a day when the app has a connection to it that day.
    const inUse = scoped(trx('connections').where('created_at', '<', trx.raw("?::date + interval '1 day'", [from])))
      .distinct('app_id', 'integration_slug')
      .select(trx.raw('?::date as period', [from]), trx.raw('? as metric', [metricNames.integrationDays]), trx.raw('1 as count'));
    await trx.into(trx.raw('usage_metrics (app_id, integration_slug, period, metric, count)')).insert(inUse);
  });
}

/** Monthly active end users: had an execution in the month, or a connection during it. */
export async function rollupMonth(db: Db, day: Date, appId?: string): Promise<void> {
  const start = isoDay(monthStart(day));
  const end = isoDay(nextMonth(day));
  await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`usage:${start}:mau:${appId ?? '*'}`]);
    const scope = appId ? 'and app_id = ?' : '';
    const app = appId ? [appId] : [];
    await trx('usage_metrics').where({ period: start, metric: metricNames.activeEndUsers }).modify((q) => (appId ? q.where('app_id', appId) : q)).delete();
    await trx.raw(
      `insert into usage_metrics (app_id, period, metric, integration_slug, count)
       select app_id, ?::date, ?, '', count(distinct end_user_id) from (
         select app_id, end_user_id from executions where started_at >= ? and started_at < ? and status in ('success', 'failed') ${scope}
         union
         select app_id, end_user_id from connections where created_at < ? ${scope}
       ) active group by app_id`,
      [start, metricNames.activeEndUsers, start, end, ...app, end, ...app],
    );
  });
}
