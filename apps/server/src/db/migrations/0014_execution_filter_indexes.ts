import type { Knex } from 'knex';

// The execution log's action and source filters get the index the others have, so a page of a
// rare action or source is a short index walk instead of a scan of the app's executions.

export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index executions_app_action_started on executions (app_id, action, started_at desc, id desc)');
  await knex.raw('create index executions_app_source_started on executions (app_id, source, started_at desc, id desc)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists executions_app_source_started');
  await knex.raw('drop index if exists executions_app_action_started');
}
