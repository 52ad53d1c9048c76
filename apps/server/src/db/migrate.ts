import { Logger, runMigrations } from 'graphile-worker';
import type { Knex } from 'knex';
import type { Db } from './knex.js';
import * as initial from './migrations/0001_initial.js';
import * as webhookDelivery from './migrations/0002_webhook_delivery.js';
import * as connectSessions from './migrations/0003_connections.js';
import * as actionEngine from './migrations/0004_action_engine.js';
import * as usage from './migrations/0005_usage.js';
import * as dashboardSessions from './migrations/0006_dashboard_sessions.js';
import * as apiCallCounts from './migrations/0007_api_call_counts.js';
import * as eventFanOut from './migrations/0008_event_fan_out.js';
import * as agentTools from './migrations/0009_agent_tools.js';
import * as connectSessionOrigins from './migrations/0010_connect_session_origins.js';
import * as triggers from './migrations/0011_triggers.js';
import * as connectionHealth from './migrations/0012_connection_health.js';
import * as appChangeNotifications from './migrations/0013_app_change_notifications.js';
import * as executionFilterIndexes from './migrations/0014_execution_filter_indexes.js';
import * as executionRollups from './migrations/0015_execution_rollups.js';
import * as connectionChangeNotifications from './migrations/0016_connection_change_notifications.js';
import * as rollupsByTheMinute from './migrations/0017_rollups_by_the_minute.js';
import * as endUserChangeNotifications from './migrations/0018_end_user_change_notifications.js';
import * as rollupsOfFinishedExecutions from './migrations/0019_rollups_of_finished_executions.js';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

// A static list rather than a directory scan: works the same from src/ under tsx and from a bundle.
const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_webhook_delivery': webhookDelivery,
  '0003_connections': connectSessions,
  '0004_action_engine': actionEngine,
  '0005_usage': usage,
  '0006_dashboard_sessions': dashboardSessions,
  '0007_api_call_counts': apiCallCounts,
  '0008_event_fan_out': eventFanOut,
  '0009_agent_tools': agentTools,
  '0010_connect_session_origins': connectSessionOrigins,
  '0011_triggers': triggers,
  '0012_connection_health': connectionHealth,
  '0013_app_change_notifications': appChangeNotifications,
  '0014_execution_filter_indexes': executionFilterIndexes,
  '0015_execution_rollups': executionRollups,
  '0016_connection_change_notifications': connectionChangeNotifications,
  '0017_rollups_by_the_minute': rollupsByTheMinute,
  '0018_end_user_change_notifications': endUserChangeNotifications,
  '0019_rollups_of_finished_executions': rollupsOfFinishedExecutions,
};

const quietLogger = new Logger(() => () => {});

const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};

// During a rolling upgrade the new version migrates first; a process of the previous version
// that (re)starts then finds migrations it does not know, and must still start and be ready.
const migrationConfig = { migrationSource, disableMigrationsListValidation: true };

/** Brings our schema and graphile-worker's up to date; safe to run from several processes at once. */
export async function migrate(db: Db, databaseUrl: string): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
  await runMigrations({ connectionString: databaseUrl, logger: quietLogger });
  return applied;
}

/** Migrations this database has not run yet (readiness reports them). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const [, pending] = (await db.migrate.list(migrationConfig)) as [unknown[], string[]];
  return pending.map(String);
}
