import type { Knex } from 'knex';

// Execution rollups fold up to the minute that began 3 minutes ago, the hour under way in parts
// (executions/rollupFolding.ts), instead of each hour 10 minutes after it ended: readers count
// a few minutes of executions one by one instead of up to 70. A row over a minute old may now sit
// in a folded part, so writes to such rows mark their hour stale; the 2 minutes between the two
// cover a writing transaction that began before the fold and commits after it.

/** The stale-marking triggers' events and WHEN clauses for rows older than `threshold` (migration 0019's down restores them). */
export const markers = (threshold: string) => {
  const old = `old.started_at < now() - interval '${threshold}'`;
  const fresh = `new.started_at < now() - interval '${threshold}'`;
  return [
    ['insert', 'insert', fresh],
    ['update', 'update', `${old} or ${fresh}`],
    ['delete', 'delete', old],
  ] as const;
};

async function markWritesOlderThan(knex: Knex, threshold: string): Promise<void> {
  for (const [name, event, when] of markers(threshold)) {
    await knex.raw(`drop trigger executions_${name}_mark_stale on executions`);
    await knex.raw(`create trigger executions_${name}_mark_stale after ${event} on executions for each row when (${when}) execute function patchbay_mark_execution_hour_stale()`);
  }
}

export async function up(knex: Knex): Promise<void> {
  await markWritesOlderThan(knex, '1 minute');
}

export async function down(knex: Knex): Promise<void> {
  await markWritesOlderThan(knex, '5 minutes');
}
