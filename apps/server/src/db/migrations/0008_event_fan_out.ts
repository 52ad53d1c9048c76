import type { Knex } from 'knex';

// When an event was fanned out to its endpoints. Until then it is `pending`, even with no
// delivery targets yet; fanned out to none, it is `skipped` (no endpoint wanted it).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_events', (t) => {
    t.timestamp('fanned_out_at', { useTz: true });
  });
  // Existing events: fanned out unless their fan-out job is still queued.
  const queue = await knex.raw("select to_regclass('graphile_worker.jobs') is not null as present");
  const queuePresent: boolean = queue.rows[0].present;
  await knex.raw(
    `update webhook_events e set fanned_out_at = e.created_at
     ${queuePresent ? "where not exists (select 1 from graphile_worker.jobs j where j.task_identifier = 'deliver_webhook_event' and j.payload->>'eventId' = e.id)" : ''}`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('webhook_events', (t) => {
    t.dropColumn('fanned_out_at');
  });
}
