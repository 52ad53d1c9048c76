import type { Knex } from 'knex';

// Connect sessions, popup flows, per-app origins, the needs_reauth status and the encryption
// key check.

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table connections drop constraint if exists connections_status_check');
  await knex.raw("update connections set status = 'needs_reauth' where status in ('expired', 'revoked', 'error')");
  await knex.raw("alter table connections add constraint connections_status_check check (status in ('active', 'needs_reauth'))");
  await knex.schema.alterTable('connections', (t) => {
    t.jsonb('provider_account').notNullable().defaultTo('{}');
  });

  await knex.schema.alterTable('apps', (t) => {
    /** Browser origins allowed to use connect sessions and receive popup results. */
    t.specificType('allowed_origins', 'text[]').notNullable().defaultTo('{}');
  });

  await knex.schema.createTable('connect_sessions', (t) => {
    /** SHA-256 of the token: the token is a bearer secret. */
    t.text('token_hash').primary();
    t.text('id').notNullable().unique();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    /** Integration slugs this session may connect; empty = all enabled. */
    t.specificType('allowed_integrations', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id', 'end_user_id']);
  });

  await knex.schema.alterTable('oauth_states', (t) => {
    /** `redirect` sends the browser to redirect_uri; `popup` posts the result to `origin`. */
    t.text('mode').notNullable().defaultTo('redirect');
    t.text('origin');
  });
  await knex.raw('alter table oauth_states alter column redirect_uri drop not null');

  // One row per deployment: a value sealed with the current key, to tell at start whether the
  // configured keys can read this database.
  await knex.schema.createTable('deployment_settings', (t) => {
    t.text('name').primary();
    t.text('value').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('deployment_settings');
  await knex.raw('alter table oauth_states alter column redirect_uri set not null');
  await knex.schema.alterTable('oauth_states', (t) => {
    t.dropColumns('mode', 'origin');
  });
  await knex.schema.dropTableIfExists('connect_sessions');
  await knex.schema.alterTable('apps', (t) => {
    t.dropColumn('allowed_origins');
  });
  await knex.schema.alterTable('connections', (t) => {
    t.dropColumn('provider_account');
  });
  await knex.raw('alter table connections drop constraint if exists connections_status_check');
  await knex.raw("alter table connections add constraint connections_status_check check (status in ('active', 'expired', 'revoked', 'error', 'needs_reauth'))");
}
