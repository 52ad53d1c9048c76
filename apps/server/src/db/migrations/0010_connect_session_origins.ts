import type { Knex } from 'knex';

// Origins a connect session allows on top of its app's (createConnectSession's `allowedOrigins`).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connect_sessions', (t) => {
    t.specificType('allowed_origins', 'text[]').notNullable().defaultTo('{}');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connect_sessions', (t) => {
    t.dropColumn('allowed_origins');
  });
}
