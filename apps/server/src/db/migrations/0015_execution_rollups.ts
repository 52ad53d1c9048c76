import type { Knex } from 'knex';

// Execution stats over a large app read rollups instead of every row (executions/rollupFolding.ts
// writes them, executions/rollupReads.ts reads them).
// A rollup job folds each hour once it ended 10 minutes ago; rows that change later in an hour already
// folded (late inserts, async runs finishing, end users deleted) mark that hour stale, and readers
// count a stale hour from the executions themselves until the job folds it again.

/** Marks the hours of a row's old and new versions stale (replaced by migration 0019, whose down brings it back). */
export const markHourStaleFunction = `
    create function patchbay_mark_execution_hour_stale() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        insert into execution_rollup_stale_hours values (old.app_id, date_trunc('hour', old.started_at, 'UTC')) on conflict do nothing;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into execution_rollup_stale_hours values (new.app_id, date_trunc('hour', new.started_at, 'UTC')) on conflict do nothing;
      end if;
      return null;
    end $$`;

export async function up(knex: Knex): Promise<void> {
  // Exact to the millisecond below 50 ms, then buckets 4 % wide: a percentile read from the
  // histogram is within 2 % of the exact one. Immutable, so the same row always lands in the same
  // bucket whether it is counted live or folded. In double precision: numeric's ln() made
  // counting live rows five times slower, for the same buckets (checked to 10,000,000 ms).
  await knex.raw(`
    create function patchbay_duration_bucket(duration_ms integer) returns smallint
    language sql immutable parallel safe
    return (case when duration_ms < 50 then greatest(duration_ms, 0) else 50 + floor(ln(duration_ms / 50.0::float8) / ln(1.04::float8)) end)::smallint`);

  // Per hour, and per UTC day once the day's hours are folded: a long range reads one row a day.
  await knex.raw(`
    create table execution_rollups (
      app_id text not null references apps (id) on delete cascade,
      granularity text not null check (granularity in ('hour', 'day')),
      period timestamptz not null,
      integration_slug text not null,
      action text not null,
      source text not null,
      status text not null,
      executions integer not null,
      -- Finished executions' durations as a sparse histogram: bucket numbers and their counts.
      duration_buckets smallint[] not null,
      duration_counts integer[] not null,
      primary key (app_id, granularity, period, integration_slug, action, source, status)
    )`);
  // The end users active in an hour and in a UTC day, per integration and, under integration '',
  // over all of them: distinct counts do not add up across hours or integrations.
  await knex.raw(`
    create table execution_active_users (
      app_id text not null references apps (id) on delete cascade,
      granularity text not null check (granularity in ('hour', 'day')),
      period timestamptz not null,
      integration_slug text not null,
      end_user_id text not null,
      primary key (app_id, granularity, period, integration_slug, end_user_id)
    )`);
  // Hours before rolled_until are folded, except the stale ones listed below.
  await knex.raw(`
    create table execution_rollup_state (
      singleton boolean primary key default true check (singleton),
      rolled_until timestamptz not null
    )`);
  // The job starts folding from the oldest execution there is; readers count unfolded hours live.
  await knex.raw(`
    insert into execution_rollup_state (rolled_until)
    select coalesce(date_trunc('hour', min(started_at), 'UTC'), date_trunc('hour', now(), 'UTC')) from executions`);
  // No foreign key: rows are written while an app's executions are being deleted in cascade.
  await knex.raw(`
    create table execution_rollup_stale_hours (
      app_id text not null,
      hour timestamptz not null,
      primary key (app_id, hour)
    )`);

  // A row started over 5 minutes ago may sit in a folded hour (the job folds an hour 10 minutes
  // after it ended, so younger rows never do, unless written by a transaction over 5 minutes
  // old): mark its hour stale. The WHEN clauses keep the trigger
  // off the path of an action recorded as it finishes.
  await knex.raw(markHourStaleFunction);
  const old = "old.started_at < now() - interval '5 minutes'";
  const fresh = "new.started_at < now() - interval '5 minutes'";
  for (const [name, event, when] of [
    ['insert', 'insert', fresh],
    ['update', 'update', `${old} or ${fresh}`],
    ['delete', 'delete', old],
  ]) {
    await knex.raw(`create trigger executions_${name}_mark_stale after ${event} on executions for each row when (${when}) execute function patchbay_mark_execution_hour_stale()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const name of ['insert', 'update', 'delete']) await knex.raw(`drop trigger if exists executions_${name}_mark_stale on executions`);
  await knex.raw('drop function if exists patchbay_mark_execution_hour_stale()');
  for (const table of ['execution_rollup_stale_hours', 'execution_rollup_state', 'execution_active_users', 'execution_rollups']) await knex.raw(`drop table if exists ${table}`);
  await knex.raw('drop function if exists patchbay_duration_bucket(integer)');
}
