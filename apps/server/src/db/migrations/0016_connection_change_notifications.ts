import type { Knex } from 'knex';

// The API caches each app's count of active connections per integration (the catalog's
// connectedUsers) beside its keys and settings: a connection created, removed or changing
// status announces its app on the same channel (migration 0013), from the database itself.
// Not token refreshes or health checks: they change no count.

export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `create trigger connections_notify_app_changed after insert or update of app_id, status or delete on connections
     for each row execute function patchbay_notify_app_changed('app_id')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists connections_notify_app_changed on connections');
}
