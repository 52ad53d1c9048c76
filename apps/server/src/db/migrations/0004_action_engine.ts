import type { Knex } from 'knex';

// Async executions (queued → running → success | failed) and the indexes the execution log's
// filters use; every one leads with app_id and ends with the keyset order (started_at, id).

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table executions drop constraint if exists executions_status_check');
  await knex.raw("alter table executions add constraint executions_status_check check (status in ('queued', 'running', 'success', 'failed'))");
  await knex.raw('drop index if exists executions_app_id_started_at_id_index');
  await knex.raw('create index executions_app_started on executions (app_id, started_at desc, id desc)');
  await knex.raw('create index executions_app_integration_started on executions (app_id, integration_slug, started_at desc, id desc)');
  await knex.raw('create index executions_app_status_started on executions (app_id, status, started_at desc, id desc)');
  await knex.raw('drop index if exists executions_app_id_end_user_id_started_at_index');
  await knex.raw('create index executions_app_end_user_started on executions (app_id, end_user_id, started_at desc, id desc)');
  await knex.raw('create index idempotency_keys_expires on idempotency_keys (expires_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists idempotency_keys_expires');
  for (const index of ['executions_app_started', 'executions_app_integration_started', 'executions_app_status_started', 'executions_app_end_user_started']) {
    await knex.raw(`drop index if exists ${index}`);
  }
  await knex.raw('create index executions_app_id_started_at_id_index on executions (app_id, started_at, id)');
  await knex.raw('create index executions_app_id_end_user_id_started_at_index on executions (app_id, end_user_id, started_at)');
  await knex.raw("update executions set status = 'failed' where status in ('queued', 'running')");
  await knex.raw('alter table executions drop constraint if exists executions_status_check');
  await knex.raw("alter table executions add constraint executions_status_check check (status in ('running', 'success', 'failed'))");
}
