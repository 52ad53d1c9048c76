import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

// Folds executions into hourly and daily rollups (migrations 0015, 0017), every minute up to the
// minute that began 3 minutes ago: the hour under way is folded in parts, each added to its rows.
// An hour marked stale since it was (partly) folded is folded again from its executions.

const maxHoursPerTransaction = 24;
/** Rows started before this much ago are folded; the triggers of migration 0017 mark writes to rows over a minute old. */
const foldLag = "interval '3 minutes'";

/**
 * Adds rollup rows from `counted`: a select of (app_id, granularity, period, integration_slug,
 * action, source, status, bucket, n), bucket null for executions not finished. A row already
 * there (the earlier part of an hour) gets the counts added, histogram bucket by bucket.
 */
async function insertRollups(trx: Knex.Transaction, counted: string, bindings: readonly Knex.RawBinding[]): Promise<void> {
  await trx.raw(
    `insert into execution_rollups as r (app_id, granularity, period, integration_slug, action, source, status, executions, duration_buckets, duration_counts)
     select app_id, granularity, period, integration_slug, action, source, status, sum(n),
            coalesce(array_agg(bucket order by bucket) filter (where bucket is not null), '{}'),
            coalesce(array_agg(n order by bucket) filter (where bucket is not null), '{}')
     from (${counted}) counted
     group by app_id, granularity, period, integration_slug, action, source, status
     on conflict (app_id, granularity, period, integration_slug, action, source, status) do update
       set executions = r.executions + excluded.executions,
           (duration_buckets, duration_counts) = (
             select coalesce(array_agg(bucket order by bucket), '{}'), coalesce(array_agg(n order by bucket), '{}')
             from (
               select bucket, sum(n)::int as n
               from (select * from unnest(r.duration_buckets, r.duration_counts) union all select * from unnest(excluded.duration_buckets, excluded.duration_counts)) as both_parts(bucket, n)
               group by bucket
             ) merged
           )`,
    bindings,
  );
}

type Granularity = 'hour' | 'day';

/**
 * Adds the rows of `executions e` picked by `source` (a FROM/WHERE tail) to the rollups of each
 * of `granularities`: counts and histograms, and the end users active.
 */
async function foldExecutions(trx: Knex.Transaction, source: string, bindings: readonly Knex.RawBinding[], granularities: Granularity[]): Promise<void> {
  const picked = `(select e.app_id, e.started_at, e.integration_slug, e.action, e.source, e.status, e.duration_ms, e.end_user_id ${source}) e
     cross join unnest(?::text[]) as g(granularity)`;
  const period = "date_trunc(g.granularity, e.started_at, 'UTC')";
  await insertRollups(
    trx,
    `select e.app_id, g.granularity, ${period} as period, e.integration_slug, e.action, e.source, e.status,
            case when e.status in ('success', 'failed') then patchbay_duration_bucket(e.duration_ms) end as bucket, count(*)::int as n
     from ${picked}
     group by 1, 2, 3, 4, 5, 6, 7, 8`,
    [...bindings, granularities],
  );
  await trx.raw(
    `insert into execution_active_users (app_id, granularity, period, integration_slug, end_user_id)
     select e.app_id, g.granularity, ${period}, coalesce(e.integration_slug, ''), e.end_user_id
     from ${picked}
     group by grouping sets ((e.app_id, g.granularity, ${period}, e.integration_slug, e.end_user_id), (e.app_id, g.granularity, ${period}, e.end_user_id))
     on conflict do nothing`,
    [...bindings, granularities],
  );
}

/** Each touched (app, UTC day) again, from the day's folded hours (after hours were folded again whole). */
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

/** Folds stale hours again, then up to a day of new executions. True when more wait. */
async function foldOnce(db: Db, upTo: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    // One folder at a time across worker processes; a second one finds nothing left to do.
    await trx.raw("select pg_advisory_xact_lock(hashtextextended('execution-rollups', 0))");
    const { rows } = await trx.raw<{ rows: { rolled_until: Date; until: Date; ready: Date }[] }>(
      `select rolled_until, greatest(rolled_until, least(ready, rolled_until + interval '${maxHoursPerTransaction} hours')) as until, ready
       from execution_rollup_state, (select least(date_trunc('minute', now() - ${foldLag}, 'UTC'), ?::timestamptz) as ready) as clock`,
      [upTo],
    );
    const { rolled_until: rolledUntil, until, ready } = rows[0]!;

    // Marks for hours this transaction folds (again) are taken first: a row changed after this
    // point marks its hour again, and the next run folds it once more.
    const stale: { app_id: string; hour: Date }[] = await trx('execution_rollup_stale_hours').where('hour', '<', until).delete().returning(['app_id', 'hour']);
    // A stale hour is folded again whole, up to `until`: the new part of its executions with it.
    const refold = stale.filter((mark) => mark.hour < rolledUntil);
    const marks = 'unnest(?::text[], ?::timestamptz[]) as s(app_id, hour)';
    const markBindings = [refold.map((mark) => mark.app_id), refold.map((mark) => mark.hour.toISOString())];
    if (refold.length > 0) {
      for (const table of ['execution_rollups', 'execution_active_users']) {
        await trx.raw(`delete from ${table} t using ${marks} where t.app_id = s.app_id and t.granularity = 'hour' and t.period = s.hour`, markBindings);
      }
      await foldExecutions(trx, `from ${marks} join executions e on e.app_id = s.app_id and e.started_at >= s.hour and e.started_at < least(s.hour + interval '1 hour', ?::timestamptz)`, [...markBindings, until.toISOString()], ['hour']);
      await refoldDays(trx, `select app_id, date_trunc('day', hour, 'UTC') as day from ${marks}`, markBindings);
    }
    if (until > rolledUntil) {
      // The executions of [rolled_until, until), but for hours just folded again whole, added to
      // their hours and days (a day row is the sum of its hour rows, kept so without rebuilding it).
      await foldExecutions(
        trx,
        `from executions e where e.started_at >= ?::timestamptz and e.started_at < ?::timestamptz
           and not exists (select 1 from ${marks} where s.app_id = e.app_id and s.hour = date_trunc('hour', e.started_at, 'UTC'))`,
        [rolledUntil.toISOString(), until.toISOString(), ...markBindings],
        ['hour', 'day'],
      );
      await trx('execution_rollup_state').update({ rolled_until: until });
    }
    return until < ready;
  });
}

/**
 * Brings the rollups up to the minute that began 3 minutes ago (the rollup job, every minute), or
 * up to `upTo` when that is earlier (tests fold an hour in parts with it).
 */
export async function foldExecutionHours(db: Db, upTo?: Date): Promise<void> {
  while (await foldOnce(db, upTo?.toISOString() ?? 'infinity'));
}
