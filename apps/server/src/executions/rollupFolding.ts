import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';

// Folds finished executions into hourly and daily rollups (migrations 0015, 0017, 0019), every
// minute up to the minute that began 3 minutes ago: the hour under way is folded in parts, each
// added to its rows. An execution that finished late (execution_rollup_late) is added on its own;
// an hour marked stale since it was (partly) folded is folded again from its executions.

const maxHoursPerTransaction = 24;
/** Rows started before this much ago are folded; the triggers of migration 0019 note writes to rows over a minute old. */
const foldLag = "interval '3 minutes'";

/**
 * Adds rollup rows from `counted`: a select of (app_id, granularity, period, integration_slug,
 * action, source, status, bucket, n). A row already there (the earlier part of an hour) gets the
 * counts added, histogram bucket by bucket.
 */
async function insertRollups(trx: Knex.Transaction, counted: string, bindings: readonly Knex.RawBinding[]): Promise<void> {
  await trx.raw(
    `insert into execution_rollups as r (app_id, granularity, period, integration_slug, action, source, status, executions, duration_buckets, duration_counts)
     select app_id, granularity, period, integration_slug, action, source, status, sum(n), array_agg(bucket order by bucket), array_agg(n order by bucket)
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
 * Adds the finished rows of `executions e` picked by `source` (a FROM/WHERE tail) to the rollups
 * of each of `granularities`: counts and histograms, and the end users active.
 */
async function foldExecutions(trx: Knex.Transaction, source: string, bindings: readonly Knex.RawBinding[], granularities: Granularity[]): Promise<void> {
  const picked = `(select * from (select e.app_id, e.started_at, e.integration_slug, e.action, e.source, e.status, e.duration_ms, e.end_user_id ${source}) e
       where e.status in ('success', 'failed')) e
     cross join unnest(?::text[]) as g(granularity)`;
  const period = "date_trunc(g.granularity, e.started_at, 'UTC')";
  await insertRollups(
    trx,
    `select e.app_id, g.granularity, ${period} as period, e.integration_slug, e.action, e.source, e.status,
            patchbay_duration_bucket(e.duration_ms) as bucket, count(*)::int as n
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
  await insertRollups(
    trx,
    `select h.app_id, 'day' as granularity, d.day as period, h.integration_slug, h.action, h.source, h.status, u.bucket, sum(u.n)::int as n
     from ${hoursOf('execution_rollups')}
     cross join lateral unnest(h.duration_buckets, h.duration_counts) as u(bucket, n)
     group by 1, 2, 3, 4, 5, 6, 7, 8`,
    bindings,
  );
  await trx.raw(
    `insert into execution_active_users (app_id, granularity, period, integration_slug, end_user_id)
     select distinct h.app_id, 'day', d.day, h.integration_slug, h.end_user_id from ${hoursOf('execution_active_users')}`,
    bindings,
  );
}

/**
 * Folds stale hours again, adds the executions that finished late, then folds up to a day of new
 * executions. True when more wait. All of it reads one snapshot (repeatable read): a row and its
 * note in execution_rollup_late are written together, so each is seen with the other or not at all,
 * and a row finishing while this runs is added by the next run, never by both.
 */
async function foldOnce(db: Db, upTo: string): Promise<boolean> {
  return db.transaction(
    async (trx) => {
      // One folder at a time across worker processes. A lock statement takes no snapshot: this
      // transaction's is taken after the previous folder committed, so it finds nothing done twice.
      await trx.raw('lock table execution_rollup_state in share row exclusive mode');
      const { rows } = await trx.raw<{ rows: { rolled_until: Date; until: Date; ready: Date }[] }>(
        `select rolled_until, greatest(rolled_until, least(ready, rolled_until + interval '${maxHoursPerTransaction} hours')) as until, ready
         from execution_rollup_state, (select least(date_trunc('minute', now() - ${foldLag}, 'UTC'), ?::timestamptz) as ready) as clock`,
        [upTo],
      );
      const { rolled_until: rolledUntil, until, ready } = rows[0]!;

      // Unfinished rows in an hour's rollups (folded before migration 0019, or by a worker of the
      // previous version during an upgrade): the hour is rebuilt from its finished rows.
      await trx.raw(
        `insert into execution_rollup_stale_hours (app_id, hour)
         select distinct app_id, period from execution_rollups where granularity = 'hour' and status in ('queued', 'running')
         on conflict do nothing`,
      );
      // Marks for hours this transaction folds (again) are taken first: a row changed after this
      // point marks its hour again, and the next run folds it once more.
      const stale: { app_id: string; hour: Date }[] = await trx('execution_rollup_stale_hours').where('hour', '<', until).delete().returning(['app_id', 'hour']);
      // A stale hour is folded again whole, up to `until`: the new part of its executions with it.
      const refold = stale.filter((mark) => mark.hour < rolledUntil);
      const marks = 'unnest(?::text[], ?::timestamptz[]) as s(app_id, hour)';
      const markBindings = [refold.map((mark) => mark.app_id), refold.map((mark) => mark.hour.toISOString())];
      const notRefolded = `not exists (select 1 from ${marks} where s.app_id = e.app_id and s.hour = date_trunc('hour', e.started_at, 'UTC'))`;
      if (refold.length > 0) {
        for (const table of ['execution_rollups', 'execution_active_users']) {
          await trx.raw(`delete from ${table} t using ${marks} where t.app_id = s.app_id and t.granularity = 'hour' and t.period = s.hour`, markBindings);
        }
        await foldExecutions(trx, `from ${marks} join executions e on e.app_id = s.app_id and e.started_at >= s.hour and e.started_at < least(s.hour + interval '1 hour', ?::timestamptz)`, [...markBindings, until.toISOString()], ['hour']);
        await refoldDays(trx, `select app_id, date_trunc('day', hour, 'UTC') as day from ${marks}`, markBindings);
      }
      // Finished late where folding had passed: added to their hours and days. Notes of rows
      // after rolled_until are only dropped: those rows are folded with the rest of their range.
      await foldExecutions(
        trx,
        `from execution_rollup_late l join executions e on e.app_id = l.app_id and e.id = l.execution_id
         where e.started_at < ?::timestamptz and ${notRefolded}`,
        [rolledUntil.toISOString(), ...markBindings],
        ['hour', 'day'],
      );
      await trx('execution_rollup_late').delete();
      if (until > rolledUntil) {
        // The executions of [rolled_until, until), but for hours just folded again whole, added to
        // their hours and days (a day row is the sum of its hour rows, kept so without rebuilding it).
        await foldExecutions(
          trx,
          `from executions e where e.started_at >= ?::timestamptz and e.started_at < ?::timestamptz and ${notRefolded}`,
          [rolledUntil.toISOString(), until.toISOString(), ...markBindings],
          ['hour', 'day'],
        );
        await trx('execution_rollup_state').update({ rolled_until: until });
      }
      return until < ready;
    },
    { isolationLevel: 'repeatable read' },
  );
}

/**
 * Brings the rollups up to the minute that began 3 minutes ago (the rollup job, every minute), or
 * up to `upTo` when that is earlier (tests fold an hour in parts with it).
 */
export async function foldExecutionHours(db: Db, upTo?: Date): Promise<void> {
  while (await foldOnceRetried(db, upTo?.toISOString() ?? 'infinity'));
}

/** A write the snapshot could not see (a stale mark taken at the same moment, an app deleted) fails a run: it runs again. */
async function foldOnceRetried(db: Db, upTo: string): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await foldOnce(db, upTo);
    } catch (error) {
      if (attempt === 3 || (error as { code?: string }).code !== '40001') throw error;
    }
  }
}
