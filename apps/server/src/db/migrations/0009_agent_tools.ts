import type { Knex } from 'knex';

// AI-agent tools: where each execution came from, tool tokens for the MCP server, and which
// actions an app exposes as tools.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('executions', (t) => {
    t.text('source').notNullable().defaultTo('api');
  });
  await knex.raw("alter table executions add constraint executions_source_check check (source in ('api', 'mcp', 'tools'))");

  await knex.schema.createTable('tool_tokens', (t) => {
    /** SHA-256 of the token: the token is a bearer secret. */
    t.text('token_hash').primary();
    t.text('id').notNullable().unique();
    t.text('app_id').notNullable().references('apps.id').onDelete('cascade');
    t.text('end_user_id').notNullable().references('end_users.id').onDelete('cascade');
    /** `slack` or `slack.send_message` entries; empty = every tool the app exposes. */
    t.specificType('allowed_tools', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['app_id', 'end_user_id']);
  });

  await knex.schema.alterTable('apps', (t) => {
    /** Actions exposed as tools, same entries as tool_tokens.allowed_tools; null = all of them. */
    t.specificType('tool_allowlist', 'text[]');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('apps', (t) => {
    t.dropColumn('tool_allowlist');
  });
  await knex.schema.dropTableIfExists('tool_tokens');
  await knex.schema.alterTable('executions', (t) => {
    t.dropColumn('source');
  });
}
