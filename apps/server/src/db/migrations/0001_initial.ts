import type { Knex } from 'knex';

// The whole data model of ARCHITECTURE.md. Later migrations add columns; they do not redesign.
// Every table below `apps` carries app_id, and every query filters on it.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', (t) => {
    t.text('id').primary();
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('password_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('create unique index accounts_email_unique on accounts (lower(email))');

  await knex.schema.createTable('apps', (t) => {
    t.text('id').primary();
    t.text('account_id').notNullable().references('accounts.id').onDelete('cascade');
    t.text('name').notNullable();
    /** Sealed; the default signing secret of the app's webhook endpoints. */
    t.text('webhook_secret').notNullable();
    /** Where end users may be sent back after connecting; empty = any http(s) URL. */
    t.specificType('redirect_uris', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('deleted_at', { useTz: true });
    t.index(['account_id']);
  });

  await knex.schema.createTable('api_keys', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('name').notNullable().defaultTo('Default');
    t.text('prefix').notNullable().unique();
    t.text('key_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.index(['app_id']);
  });

  await knex.schema.createTable('end_users', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    /** The customer's own id for the user (`endUserId` in the API). */
    t.text('external_id').notNullable();
    t.text('email');
    t.text('name');
    t.jsonb('metadata').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['app_id', 'external_id']);
  });

  // The catalog, synced from packages/integrations at start so SQL can join and count on it.
  await knex.schema.createTable('integrations', (t) => {
    t.text('slug').primary();
    t.text('id').notNullable().unique();
    t.text('name').notNullable();
    t.text('description').notNullable();
    t.text('category').notNullable();
    t.text('auth_type').notNullable();
    t.text('version').notNullable();
    t.jsonb('actions').notNullable().defaultTo('[]');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('app_integrations', (t) => {
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.boolean('enabled').notNullable().defaultTo(true);
    /** The app's own OAuth client at the provider (white-label); null = Patchbay's. */
    t.text('oauth_client_id');
    t.text('oauth_client_secret');
    t.specificType('scopes', 'text[]');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['app_id', 'integration_slug']);
  });

  await knex.schema.createTable('oauth_states', (t) => {
    /** SHA-256 of the state we handed out: the state itself is a bearer secret. */
    t.text('state_hash').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.text('redirect_uri').notNullable();
    /** Sealed PKCE verifier (RFC 7636), absent for providers without PKCE. */
    t.text('code_verifier');
    t.text('connect_session_id');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('consumed_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['expires_at']);
  });

  await knex.schema.createTable('connections', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.text('status').notNullable().checkIn(['active', 'expired', 'revoked', 'error']);
    /** Sealed JSON of the credentials, bound to the connection id. */
    t.text('credentials').notNullable();
    t.text('credentials_key_id').notNullable();
    t.timestamp('expires_at', { useTz: true });
    /** One process at a time refreshes: the lease holder (see ARCHITECTURE.md). */
    t.timestamp('refresh_lease_until', { useTz: true });
    t.timestamp('last_refreshed_at', { useTz: true });
    t.text('scope');
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['app_id', 'end_user_id', 'integration_slug']);
    t.index(['app_id', 'integration_slug', 'status']);
  });

  await knex.schema.createTable('executions', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    t.text('connection_id').references('connections.id').onDelete('set null');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.text('action').notNullable();
    t.text('status').notNullable().checkIn(['running', 'success', 'failed']);
    /** Input and output with secrets redacted. */
    t.jsonb('input');
    t.jsonb('output');
    t.text('error_code');
    t.text('error_message');
    t.text('provider_code');
    t.integer('provider_status');
    t.integer('attempts').notNullable().defaultTo(1);
    t.integer('duration_ms').notNullable().defaultTo(0);
    t.text('idempotency_key');
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true });
    t.index(['app_id', 'started_at', 'id']);
    t.index(['app_id', 'end_user_id', 'started_at']);
  });

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('key').notNullable();
    t.text('request_hash').notNullable();
    t.integer('response_status');
    t.jsonb('response_body');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.primary(['app_id', 'key']);
  });

  await knex.schema.createTable('webhook_endpoints', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('url').notNullable();
    /** Sealed `whsec_` secret. */
    t.text('secret').notNullable();
    /** Event types delivered; empty = all. */
    t.specificType('events', 'text[]').notNullable().defaultTo('{}');
    t.boolean('enabled').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id']);
  });

  await knex.schema.createTable('webhook_events', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('type').notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id', 'created_at']);
  });

  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('event_id').notNullable().references('webhook_events.id').onDelete('cascade');
    t.text('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('cascade');
    t.integer('attempt').notNullable();
    t.text('status').notNullable().checkIn(['succeeded', 'failed']);
    t.integer('response_status');
    t.text('response_body');
    t.text('error');
    t.integer('duration_ms').notNullable();
    t.timestamp('next_attempt_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id', 'event_id']);
  });

  await knex.schema.createTable('usage_metrics', (t) => {
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    /** First day of the month (UTC) the counts belong to. */
    t.date('period').notNullable();
    t.text('metric').notNullable();
    t.text('integration_slug').notNullable().defaultTo('');
    t.bigInteger('count').notNullable().defaultTo(0);
    t.primary(['app_id', 'period', 'metric', 'integration_slug']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'usage_metrics',
    'webhook_deliveries',
    'webhook_events',
    'webhook_endpoints',
    'idempotency_keys',
    'executions',
    'connections',
    'oauth_states',
    'app_integrations',
    'integrations',
    'end_users',
    'api_keys',
    'apps',
    'accounts',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
