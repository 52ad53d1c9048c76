import type { Knex } from 'knex';

// API processes cache verified API keys and per-app settings (apps/appChanges.ts). Every change
// to the rows those caches are built from sends the app's id on one channel, from the database
// itself, so no writer (a handler, a job, an operator's psql) can forget to invalidate them.

const tables = [
  { table: 'apps', appId: 'id', events: 'insert or update or delete' },
  // Not `last_used_at`: that is written as keys are used and changes nothing a cache holds.
  { table: 'api_keys', appId: 'app_id', events: 'insert or update of app_id, prefix, key_hash, revoked_at or delete' },
  { table: 'app_integrations', appId: 'app_id', events: 'insert or update or delete' },
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function patchbay_notify_app_changed() returns trigger language plpgsql as $$
    begin
      -- TG_ARGV[0] names the column holding the app id; NOTIFY folds repeats within a transaction.
      perform pg_notify('patchbay_app_changed', coalesce(to_jsonb(new), to_jsonb(old)) ->> tg_argv[0]);
      return null;
    end $$`);
  for (const { table, appId, events } of tables) {
    await knex.raw(`create trigger ${table}_notify_app_changed after ${events} on ${table} for each row execute function patchbay_notify_app_changed('${appId}')`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { table } of tables) await knex.raw(`drop trigger if exists ${table}_notify_app_changed on ${table}`);
  await knex.raw('drop function if exists patchbay_notify_app_changed()');
}
