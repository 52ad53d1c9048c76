import type { Knex } from 'knex';

// Dashboard sign-in sessions: the cookie carries a random token, stored here only as a hash.
// The CSRF token is derived from the cookie token, so it needs no column.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('dashboard_sessions', (t) => {
    t.text('token_hash').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('cascade');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    /** Absolute end, however active the session is. */
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['account_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('dashboard_sessions');
}
