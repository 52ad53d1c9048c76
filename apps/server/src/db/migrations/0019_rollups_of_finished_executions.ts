import type { Knex } from 'knex';
import { markHourStaleFunction } from './0015_execution_rollups.js';
import { markers } from './0017_rollups_by_the_minute.js';

// Rollups hold finished executions only (executions/rollupFolding.ts); queued and running ones
// are counted from a partial index until they finish. An async execution finishing, or a slow
// one recorded, over a minute after it started was marking its whole hour stale, and each
// hour marked was folded again from all of its executions: a backlog of async runs had the
// worker refold the hours under way every minute, and readers count stale hours row by row.
// Such a row now only asks for itself to be added (execution_rollup_late), in the same
// transaction as the row, so the fold sees both or neither. A folded row that changes or goes
// away (a finished execution of a deleted end user) still marks its hour stale.

const finished = "('success', 'failed')";
const overAMinute = (row: 'old' | 'new') => `${row}.started_at < now() - interval '1 minute'`;

const triggers = [
  ['insert', 'insert', `new.status in ${finished} and ${overAMinute('new')}`],
  ['update', 'update', `(old.status in ${finished} or new.status in ${finished}) and (${overAMinute('old')} or ${overAMinute('new')})`],
  ['delete', 'delete', `old.status in ${finished} and ${overAMinute('old')}`],
] as const;

export async function up(knex: Knex): Promise<void> {
  // No foreign key, as for stale hours: rows are written while an app's executions are deleted.
  await knex.raw('create table execution_rollup_late (app_id text not null, execution_id text not null, primary key (app_id, execution_id))');
  await knex.raw("create index executions_unfinished on executions (app_id, started_at) where status in ('queued', 'running')");
  // Empty but for hours folded before this migration, or by a worker of the previous version
  // during a rolling upgrade: the fold looks here for hours to rebuild from finished rows only.
  await knex.raw("create index execution_rollups_unfinished on execution_rollups (app_id, period) where status in ('queued', 'running')");
  await knex.raw(`
    create function patchbay_execution_rollup_change() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status in ${finished} then
        insert into execution_rollup_stale_hours values (old.app_id, date_trunc('hour', old.started_at, 'UTC')) on conflict do nothing;
        if tg_op = 'UPDATE' and new.status in ${finished} then
          insert into execution_rollup_stale_hours values (new.app_id, date_trunc('hour', new.started_at, 'UTC')) on conflict do nothing;
        end if;
      elsif tg_op in ('INSERT', 'UPDATE') and new.status in ${finished} then
        insert into execution_rollup_late values (new.app_id, new.id) on conflict do nothing;
      end if;
      return null;
    end $$`);
  for (const [name, event, when] of triggers) {
    await knex.raw(`drop trigger executions_${name}_mark_stale on executions`);
    await knex.raw(`create trigger executions_${name}_rollup_change after ${event} on executions for each row when (${when}) execute function patchbay_execution_rollup_change()`);
  }
  await knex.raw('drop function patchbay_mark_execution_hour_stale()');
  // Until the next fold rebuilds them, hours holding unfinished rows are counted from the executions.
  await knex.raw(`
    insert into execution_rollup_stale_hours (app_id, hour)
    select distinct app_id, period from execution_rollups where granularity = 'hour' and status in ('queued', 'running')
    on conflict do nothing`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(markHourStaleFunction);
  for (const [name, event, when] of markers('1 minute')) {
    await knex.raw(`drop trigger executions_${name}_rollup_change on executions`);
    await knex.raw(`create trigger executions_${name}_mark_stale after ${event} on executions for each row when (${when}) execute function patchbay_mark_execution_hour_stale()`);
  }
  await knex.raw('drop function patchbay_execution_rollup_change()');
  // The previous fold keeps unfinished rows in the rollups and adds nothing late: hours with rows
  // unfinished, or finished late and not added yet, are folded again whole.
  await knex.raw(`
    insert into execution_rollup_stale_hours (app_id, hour)
    select distinct app_id, date_trunc('hour', started_at, 'UTC') from executions
    where status in ('queued', 'running') and started_at < (select rolled_until from execution_rollup_state)
    union
    select distinct e.app_id, date_trunc('hour', e.started_at, 'UTC') from execution_rollup_late l join executions e on e.app_id = l.app_id and e.id = l.execution_id
    on conflict do nothing`);
  await knex.raw('drop index execution_rollups_unfinished');
  await knex.raw('drop index executions_unfinished');
  await knex.raw('drop table execution_rollup_late');
}
