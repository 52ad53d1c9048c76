import type { Knex } from 'knex';

// The API caches each end user's connection rows as actions read them (connections/
// endUserConnections.ts). A change to what those rows hold announces `<app id> <end user id>`
// of the row as it was, so a process drops just that end user's entries. Status, app and
// removals already announce the whole app (migrations 0013 and 0016). Not `refresh_lease_until`,
// `last_error` or `updated_at`: no cache holds them, and a lease is taken on every refresh.

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function patchbay_notify_end_user_changed() returns trigger language plpgsql as $$
    begin
      -- TG_ARGV[0] names the column holding the end user's id; NOTIFY folds repeats within a transaction.
      perform pg_notify('patchbay_end_user_changed', (to_jsonb(old) ->> 'app_id') || ' ' || (to_jsonb(old) ->> tg_argv[0]));
      return null;
    end $$`);
  await knex.raw(
    `create trigger connections_notify_end_user_changed
     after update of end_user_id, integration_slug, credentials, credentials_key_id, expires_at, granted_scopes, health_status, health_checked_at on connections
     for each row execute function patchbay_notify_end_user_changed('end_user_id')`,
  );
  await knex.raw(
    `create trigger end_users_notify_end_user_changed after update of external_id, email, name or delete on end_users
     for each row execute function patchbay_notify_end_user_changed('id')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists end_users_notify_end_user_changed on end_users');
  await knex.raw('drop trigger if exists connections_notify_end_user_changed on connections');
  await knex.raw('drop function if exists patchbay_notify_end_user_changed()');
}
