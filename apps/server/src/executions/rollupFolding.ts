import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

// Folds executions into hourly and daily rollups (migration 0015). An hour is folded 10 minutes
// after it ends; an hour marked stale since it was folded is folded again from its executions.

const maxHoursPerTransaction = 24;

/**
 * Writes rollup rows from `counted`: a select of (app_id, granularity, period, integration_slug,
 * action, source, status, bucket, n), bucket null for executions not finished.
 */
async function insertRollups(trx: Knex.Transaction, counted: string, bindings: readonly Knex.RawBinding[]): Promise<void> {
  await trx.raw(
    `insert into execution_rollups (app_id, granularity, period, integration_slug, action, source, status, executions, duration_buckets, duration_counts)
     select app_id, granularity, period, integration_slug, action, source, status, sum(n),
            coalesce(array_agg(bucket order by bucket) filter (where bucket is not null), '{}'),
            coalesce(array_agg(n order by bucket) filter (where bucket is not null), '{}')
     from (${counted}) counted
     group by app_id, granularity, period, integration_slug, action, source, status`,
    bindings,
  );
}

/** The rows of `executions e` picked by `source` (a FROM/WHERE tail), folded per hour. */
async function foldHours(trx: Knex.Transaction, source: string, bindings: readonly Knex.RawBinding[]): Promise<void> {
  await insertRollups(
    trx,
    `select e.app_id, 'hour' as granularity, date_trunc('hour', e.started_at, 'UTC') as period, e.integration_slug, e.action, e.source, e.status,
            case when e.status in ('success', 'failed') then patchbay_duration_bucket(e.duration_ms) end as bucket, count(*)::int as n
     ${source}
     group by 1, 2, 3, 4, 5, 6, 7, 8`,
    bindings,
  );
  await trx.raw(
    `insert into execution_active_users (app_id, granularity, period, integration_slug, end_user_id)
     select e.app_id, 'hour', date_trunc('hour', e.started_at, 'UTC'), coalesce(e.integration_slug, ''), e.end_user_id
     ${source}
     group by grouping sets ((e.app_id, date_trunc('hour', e.started_at, 'UTC'), e.integration_slug, e.end_user_id), (e.app_id, date_trunc('hour', e.started_at, 'UTC'), e.end_user_id))`,
    bindings,
  );
}

/** Each touched (app, UTC day) again, from the day's folded hours. */
async function refoldDays(trx: Knex.Transaction, days: string, bindings: readonly Knex.RawBinding[]): Promise<void> {
  const touched = `select distinct app_id, day from (${days}) touched`;
  const hoursOf = (table: string) => `(${touched}) d join ${table} h on h.app_id = d.app_id and h.granularity = 'hour' and h.period >= d.day and h.period < d.day + interval '24 hours'`;
  for (const table of ['execution_rollups', 'execution_active_users']) {
    await trx.raw(`delete from ${table} t using (${touched}) d where t.app_id = d.app_id and t.granularity = 'day' and t.period = d.day`, bindings);
  }
  // An unfinished status has no histogram: the left join keeps its count with a null bucket.
  await insertRollups(
    trx,
    `select h.app_id, 'day' as granularity, d.day as period, h.integration_slug, h.action, h.source, h.status, u.bucket, sum(coalesce(u.n, h.executions))::int as n
     from ${hoursOf('execution_rollups')}
     left join lateral unnest(h.duration_buckets, h.duration_counts) as u(bucket, n) on true
     group by 1, 2, 3, 4, 5, 6, 7, 8`,
    bindings,
  );
  await trx.raw(
    `insert into execution_active_users (app_id, granularity, period, integration_slug, end_user_id)
     select distinct h.app_id, 'day', d.day, h.integration_slug, h.end_user_id from ${hoursOf('execution_active_users')}`,
    bindings,
  );
}

/** Folds stale hours again, then up to a day of new hours. True when more hours wait. */
async function foldOnce(db: Db): Promise<boolean> {
  return db.transaction(async (trx) => {
    // One folder at a time across worker processes; a second one finds nothing left to do.
    await trx.raw("select pg_advisory_xact_lock(hashtextextended('execution-rollups', 0))");
    const { rows } = await trx.raw<{ rows: { rolled_until: Date; until: Date; ready: Date }[] }>(
      `select rolled_until, greatest(rolled_until, least(ready, rolled_until + interval '${maxHoursPerTransaction} hours')) as until, ready
       from execution_rollup_state, (select date_trunc('hour', now() - interval '10 minutes', 'UTC') as ready) as clock`,
    );
    const { rolled_until: rolledUntil, until, ready } = rows[0]!;

    // Marks for hours this transaction folds (again) are taken first: a row changed after this
    // point marks its hour again, and the next run folds it once more.
    const stale: { app_id: string; hour: Date }[] = await trx('execution_rollup_stale_hours').where('hour', '<', until).delete().returning(['app_id', 'hour']);
    const refold = stale.filter((mark) => mark.hour < rolledUntil);
    if (refold.length > 0) {
      const marks = 'unnest(?::text[], ?::timestamptz[]) as s(app_id, hour)';
      const markBindings = [refold.map((mark) => mark.app_id), refold.map((mark) => mark.hour.toISOString())];
      for (const table of ['execution_rollups', 'execution_active_users']) {
        await trx.raw(`delete from ${table} t using ${marks} where t.app_id = s.app_id and t.granularity = 'hour' and t.period = s.hour`, markBindings);
      }
      await foldHours(trx, `from ${marks} join executions e on e.app_id = s.app_id and e.started_at >= s.hour and e.started_at < s.hour + interval '1 hour'`, markBindings);
      await refoldDays(trx, `select app_id, date_trunc('day', hour, 'UTC') as day from ${marks}`, markBindings);
    }
    if (until > rolledUntil) {
      const range = [rolledUntil.toISOString(), until.toISOString()];
      await foldHours(trx, 'from executions e where e.started_at >= ?::timestamptz and e.started_at < ?::timestamptz', range);
      await refoldDays(
        trx,
        `select app_id, date_trunc('day', period, 'UTC') as day from execution_active_users
         where granularity = 'hour' and period >= date_trunc('day', ?::timestamptz, 'UTC') and period < ?::timestamptz`,
        range,
      );
      await trx('execution_rollup_state').update({ rolled_until: until });
    }
    return until < ready;
  });
}

/** Brings the rollups up to the last hour that ended 10 minutes ago (the rollup job, every 5 minutes). */
export async function foldExecutionHours(db: Db): Promise<void> {
  while (await foldOnce(db));
}
