import type { Knex } from 'knex';

// Requests made with an app's API keys, per hour: what the dashboard's "API calls" chart draws.
// Counted in memory and added here in batches, so a request never waits on this row.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_call_counts', (t) => {
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.timestamp('hour', { useTz: true }).notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['app_id', 'hour']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('api_call_counts');
}
