import type { Knex } from 'knex';

// Triggers: subscriptions of an end user's connection to a catalog trigger, the pushes providers
// make to us (kept until processed, and their ids longer, to drop retries), and the run log.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('trigger_subscriptions', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    /** Deleting a connection removes its subscriptions (after unregistering them at the provider). */
    t.text('connection_id').notNullable().references('connections.id').onDelete('cascade');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.text('trigger').notNullable();
    t.text('kind').notNullable().checkIn(['webhook', 'polling']);
    t.jsonb('config').notNullable();
    t.text('status').notNullable().checkIn(['active', 'paused', 'needs_reauth']);
    /** App-routed pushes (Slack team id, Linear organization id): whose events these are. */
    t.text('routing_key');
    /** The hook Patchbay registered at the provider for this subscription (GitHub hook id, Stripe we_…). */
    t.text('provider_hook_id');
    /** Sealed; signs the provider's pushes to this subscription's own URL. */
    t.text('signing_secret');
    /** Polling: where the last committed poll ended, and a version for compare-and-set. */
    t.jsonb('cursor');
    t.integer('cursor_version').notNullable().defaultTo(0);
    t.integer('poll_failures').notNullable().defaultTo(0);
    t.timestamp('next_poll_at', { useTz: true });
    t.timestamp('last_run_at', { useTz: true });
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id', 'created_at', 'id']);
    t.index(['app_id', 'end_user_id']);
    t.index(['connection_id']);
  });
  await knex.raw('create index trigger_subscriptions_routing on trigger_subscriptions (integration_slug, routing_key) where routing_key is not null');

  await knex.schema.createTable('trigger_deliveries', (t) => {
    t.text('id').primary();
    t.text('integration_slug').notNullable().references('integrations.slug');
    /**
     * The subscription whose own URL received it; null for a provider's app-level URL (Slack),
     * whose pushes belong to no app until routed by their routing key.
     */
    t.text('subscription_id').references('trigger_subscriptions.id').onDelete('cascade');
    /** `subscription_id` or '' — what the provider's delivery id is unique within. */
    t.text('scope').notNullable();
    t.text('delivery_id').notNullable();
    t.text('event_type').notNullable();
    t.text('routing_key');
    /** The verified body; cleared once processed (only the ids stay, to recognise retries). */
    t.jsonb('body');
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('processed_at', { useTz: true });
    t.unique(['integration_slug', 'scope', 'delivery_id']);
    t.index(['received_at']);
  });

  await knex.schema.createTable('trigger_runs', (t) => {
    t.text('id').primary();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    /** Kept (null) when the subscription is deleted: the log and usage outlive it. */
    t.text('subscription_id').references('trigger_subscriptions.id').onDelete('set null');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    t.text('integration_slug').notNullable().references('integrations.slug');
    t.text('trigger').notNullable();
    t.text('kind').notNullable().checkIn(['poll', 'push']);
    t.text('status').notNullable().checkIn(['succeeded', 'failed', 'skipped']);
    t.integer('items').notNullable().defaultTo(0);
    t.integer('duration_ms').notNullable().defaultTo(0);
    t.text('error_code');
    t.text('error_message');
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.index(['app_id', 'started_at', 'id']);
    t.index(['app_id', 'subscription_id', 'started_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('trigger_runs');
  await knex.schema.dropTableIfExists('trigger_deliveries');
  await knex.schema.dropTableIfExists('trigger_subscriptions');
}
