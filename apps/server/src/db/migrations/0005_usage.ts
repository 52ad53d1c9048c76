import type { Knex } from 'knex';

// Plans (support tier and prices) per app. usage_metrics rows hold absolute counts per
// (app, period, metric, integration): a daily period for executions and integrations in use,
// the first of the month for monthly active end users.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('apps', (t) => {
    t.text('plan').notNullable().defaultTo('basic').checkIn(['basic', 'pro', 'enterprise']);
    /** Per-app prices in millicents, over the plan's (negotiated contracts). */
    t.jsonb('price_overrides').notNullable().defaultTo('{}');
  });
  await knex.raw('create index usage_metrics_app_metric_period on usage_metrics (app_id, metric, period)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists usage_metrics_app_metric_period');
  await knex.schema.alterTable('apps', (t) => {
    t.dropColumns('plan', 'price_overrides');
  });
}
