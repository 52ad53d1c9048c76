import type { Knex } from 'knex';

// Connection health (checked hourly and after a 401), the scopes granted as a list, extra scopes
// a connect session asks for, and one row per execution attempt.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('connections', (t) => {
    t.text('health_status').notNullable().defaultTo('healthy');
    t.timestamp('health_checked_at', { useTz: true });
    t.text('health_error');
    /** The scopes granted; null when unknown (API keys, providers that do not say). */
    t.specificType('granted_scopes', 'text[]');
  });
  await knex.raw("alter table connections add constraint connections_health_status_check check (health_status in ('healthy', 'degraded', 'needs_reauth'))");
  await knex.raw("update connections set health_status = 'needs_reauth', health_error = last_error where status = 'needs_reauth'");
  await knex.raw(`update connections set granted_scopes = regexp_split_to_array(trim(scope), '[ ,]+') where scope is not null and trim(scope) <> ''`);
  // The hourly sweep reads active connections by when they were last checked, across apps.
  await knex.raw("create index connections_health_due on connections (health_checked_at nulls first) where status = 'active'");
  await knex.raw('create index connections_app_health on connections (app_id, health_status)');

  await knex.schema.alterTable('connect_sessions', (t) => {
    /** Scopes to ask for besides each integration's defaults: `{ slug: [scope, …] }`. */
    t.jsonb('extra_scopes').notNullable().defaultTo('{}');
  });
  await knex.schema.alterTable('oauth_states', (t) => {
    /** The scopes the authorization request asked for: what was granted when the answer does not say. */
    t.specificType('requested_scopes', 'text[]');
  });

  await knex.schema.createTable('execution_attempts', (t) => {
    t.text('execution_id').notNullable().references('executions.id').onDelete('cascade');
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.integer('number').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.integer('duration_ms').notNullable();
    /** Of duration_ms, the time spent waiting for the provider's rate limit. */
    t.integer('waited_ms').notNullable().defaultTo(0);
    t.integer('provider_status');
    t.text('provider_code');
    t.text('error_code');
    t.text('error_message');
    /** The backoff before the next attempt; null for the last. */
    t.integer('delay_before_next_ms');
    t.primary(['execution_id', 'number']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('execution_attempts');
  await knex.schema.alterTable('oauth_states', (t) => {
    t.dropColumn('requested_scopes');
  });
  await knex.schema.alterTable('connect_sessions', (t) => {
    t.dropColumn('extra_scopes');
  });
  await knex.raw('drop index if exists connections_app_health');
  await knex.raw('drop index if exists connections_health_due');
  await knex.raw('alter table connections drop constraint if exists connections_health_status_check');
  await knex.schema.alterTable('connections', (t) => {
    t.dropColumns('health_status', 'health_checked_at', 'health_error', 'granted_scopes');
  });
}
