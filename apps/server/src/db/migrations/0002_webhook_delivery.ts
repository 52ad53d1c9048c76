import type { Knex } from 'knex';

// Webhook delivery state: secret rotation and auto-disable on endpoints, one row per
// (event, endpoint) with its delivery status, and worker liveness for crash recovery.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_endpoints', (t) => {
    /** Sealed; still signs next to the new secret until previous_secret_expires_at. */
    t.text('previous_secret');
    t.timestamp('previous_secret_expires_at', { useTz: true });
    /** When the current run of failed deliveries began; null after a success. */
    t.timestamp('failing_since', { useTz: true });
    t.text('disabled_reason');
    t.timestamp('deleted_at', { useTz: true });
  });

  await knex.schema.createTable('webhook_event_targets', (t) => {
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('event_id').notNullable().references('webhook_events.id').onDelete('cascade');
    t.text('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('cascade');
    t.text('status').notNullable().checkIn(['pending', 'delivered', 'failed']);
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['event_id', 'endpoint_id']);
    t.index(['app_id', 'status', 'updated_at']);
  });

  await knex.schema.alterTable('webhook_deliveries', (t) => {
    t.index(['app_id', 'endpoint_id', 'created_at']);
  });

  await knex.schema.createTable('worker_heartbeats', (t) => {
    t.text('worker_id').primary();
    t.timestamp('heartbeat_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('worker_heartbeats');
  await knex.schema.dropTableIfExists('webhook_event_targets');
  await knex.schema.alterTable('webhook_deliveries', (t) => {
    t.dropIndex(['app_id', 'endpoint_id', 'created_at']);
  });
  await knex.schema.alterTable('webhook_endpoints', (t) => {
    t.dropColumns('previous_secret', 'previous_secret_expires_at', 'failing_since', 'disabled_reason', 'deleted_at');
  });
}
