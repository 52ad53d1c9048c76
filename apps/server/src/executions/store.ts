import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';
import type { AttemptRecord } from '../actions/executeAction.js';
import { attemptColumns, attemptRows, saveAttempts } from './attemptStore.js';
import { groupCommit } from '../db/groupCommit.js';
import { preparedStatement } from '../db/preparedStatement.js';
import { storableText } from '../db/storableText.js';
import { forExecutionLog } from './redact.js';
import { endpointsWantingSql } from '../webhooks/outbox.js';
import { histogramPercentile } from './durationHistogram.js';
import { countExecutions } from './rollupReads.js';

export type ExecutionStatus = 'queued' | 'running' | 'success' | 'failed';
/** Where a run came from: the actions API (or proxy), the MCP server, or the tools API. */
export type ExecutionSource = 'api' | 'mcp' | 'tools';

export interface ExecutionRecord {
  id: string;
  appId: string;
  endUserId: string;
  connectionId: string;
  integrationSlug: string;
  action: string;
  status: ExecutionStatus;
  source: ExecutionSource;
  input: unknown;
  output?: unknown;
  error?: { code: string; message: string; providerCode?: string | undefined; providerStatus?: number | undefined } | undefined;
  /** Every attempt at the provider; empty when the action failed before calling it. */
  attempts: readonly AttemptRecord[];
  durationMs: number;
  startedAt: Date;
  finished: boolean;
  idempotencyKey?: string | undefined;
}

/** The columns an execution changes as it runs (a queued row is updated with these). */
function progressColumns(execution: ExecutionRecord) {
  return {
    status: execution.status,
    output: execution.status === 'success' ? forExecutionLog(execution.output) : null,
    // Error codes and texts may come from the provider's answer.
    error_code: execution.error ? storableText(execution.error.code) : null,
    error_message: execution.error ? storableText(execution.error.message) : null,
    provider_code: execution.error?.providerCode === undefined ? null : storableText(execution.error.providerCode),
    provider_status: execution.error?.providerStatus ?? null,
    attempts: execution.attempts.length,
    duration_ms: execution.durationMs,
    finished_at: execution.finished ? new Date(execution.startedAt.getTime() + execution.durationMs) : null,
  };
}

/** The whole row, redacted and capped; `input` and `output` still as values, not JSON text. */
function executionRow(execution: ExecutionRecord) {
  return {
    id: execution.id,
    app_id: execution.appId,
    end_user_id: execution.endUserId,
    connection_id: execution.connectionId,
    integration_slug: execution.integrationSlug,
    action: execution.action,
    source: execution.source,
    input: forExecutionLog(execution.input),
    idempotency_key: execution.idempotencyKey ?? null,
    started_at: execution.startedAt,
    ...progressColumns(execution),
  };
}

/** Writes the execution (insert, or update of a queued one) and its attempts: redacted, capped, scoped by app. */
export async function saveExecution(db: Db | Knex.Transaction, execution: ExecutionRecord): Promise<void> {
  const progress = progressColumns(execution);
  const columns = { ...progress, output: JSON.stringify(progress.output) };
  const row = executionRow(execution);
  await db('executions')
    .insert({ ...row, ...columns, input: JSON.stringify(row.input) })
    .onConflict('id')
    // The conflict target is the primary key; the app check keeps an id from crossing apps.
    .merge(columns)
    .where('executions.app_id', execution.appId);
  await saveAttempts(db, execution.appId, execution.id, execution.attempts);
}

/** Writes a new execution unless its app subscribes to the inserter's event; answers whether it did. */
export type ExecutionInserter = (execution: ExecutionRecord) => Promise<boolean>;

/**
 * New executions and their attempts, each written unless an enabled endpoint of its app
 * subscribes to `optInEvent`: then it is not written, the answer is false, and the caller writes
 * the execution with its event in a transaction instead. The executions finishing at the same
 * moment are written by one statement (group commit, db/groupCommit.ts), atomic on its own: under
 * load PostgreSQL spends ~0.15 ms of CPU per row written ten at a time against ~0.5-0.9 ms for a
 * row alone, and the process sends one statement for many; one caller alone waits for nothing.
 */
export function createExecutionInserter(db: Db, optInEvent: string): ExecutionInserter {
  return groupCommit<ExecutionRecord, boolean>(async (executions) => {
    const rows = executions.map(executionRow);
    const attempts = executions.flatMap((execution) => attemptRows(execution.appId, execution.id, execution.attempts));
    const saved = await insertUnlessSubscribedStatement(Object.keys(rows[0]!))(db, [JSON.stringify(rows), optInEvent, JSON.stringify(attempts)]);
    const savedIds = new Set(saved.map((row) => row.id));
    return executions.map((execution) => savedIds.has(execution.id));
  });
}

// The statement's text depends only on the columns (the same on every call): written once and
// prepared (db/preparedStatement.ts), so a call binds three values and PostgreSQL plans it once.
const insertStatements = new Map<string, ReturnType<typeof preparedStatement<{ id: string }>>>();

function insertUnlessSubscribedStatement(executionColumns: string[]) {
  const signature = executionColumns.join(',');
  const known = insertStatements.get(signature);
  if (known) return known;
  const list = (columns: string[]) => columns.map((column) => `"${column}"`).join(', ');
  // jsonb_populate_recordset types every value as its column, the way an INSERT … VALUES would.
  const sql = `with saved as (
       insert into executions (${list(executionColumns)})
       select ${list(executionColumns)} from jsonb_populate_recordset(null::executions, ?::jsonb) as e
       where not exists (${endpointsWantingSql('e.app_id')})
       returning id
     ), saved_attempts as (
       insert into execution_attempts (${list(attemptColumns)})
       select ${list(attemptColumns)} from jsonb_populate_recordset(null::execution_attempts, ?::jsonb) as a
       where a.execution_id in (select id from saved)
     )
     select id from saved`;
  const statement = preparedStatement<{ id: string }>(`insert_executions_unless_subscribed_${insertStatements.size}`, sql);
  insertStatements.set(signature, statement);
  return statement;
}

export interface ExecutionFilter {
  endUserId?: string | undefined;
  integration?: string | undefined;
  action?: string | undefined;
  status?: ExecutionStatus | undefined;
  source?: ExecutionSource | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface ExecutionListRow {
  id: string;
  action: string;
  status: ExecutionStatus;
  source: ExecutionSource;
  duration_ms: number;
  started_at: Date;
  error_code: string | null;
  error_message: string | null;
  provider_code: string | null;
  provider_status: number | null;
  end_user_external_id: string;
  end_user_email: string | null;
  integration_slug: string;
  integration_name: string;
}

/** The app's executions matching the filter; every condition is on `executions` itself. */
export function filteredExecutions(db: Db, appId: string, filter: ExecutionFilter) {
  const query = db('executions as e').where('e.app_id', appId);
  if (filter.endUserId !== undefined) {
    query.where('e.end_user_id', db('end_users').where({ app_id: appId, external_id: filter.endUserId }).select('id'));
  }
  if (filter.integration !== undefined) query.where('e.integration_slug', filter.integration);
  if (filter.action !== undefined) query.where('e.action', filter.action);
  if (filter.status !== undefined) query.where('e.status', filter.status);
  if (filter.source !== undefined) query.where('e.source', filter.source);
  if (filter.from !== undefined) query.where('e.started_at', '>=', new Date(filter.from));
  if (filter.to !== undefined) query.where('e.started_at', '<', new Date(filter.to));
  return query;
}

/** Joins the names a page shows; applied after the page is cut, so it costs one row per row. */
function withNames(db: Db, page: ReturnType<typeof filteredExecutions>, appId: string) {
  return db
    .from(page.as('e'))
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 'e.end_user_id').andOn('u.app_id', db.raw('?', [appId]));
    })
    .join('integrations as i', 'i.slug', 'e.integration_slug');
}

const listColumns = [
  'e.id',
  'e.action',
  'e.status',
  'e.source',
  'e.duration_ms',
  'e.started_at',
  'e.error_code',
  'e.error_message',
  'e.provider_code',
  'e.provider_status',
  'u.external_id as end_user_external_id',
  'u.email as end_user_email',
  'e.integration_slug',
  'i.name as integration_name',
];

/** Newest first, keyset-paginated on (started_at, id) so pages stay stable while rows arrive. */
export async function listExecutionRows(db: Db, appId: string, filter: ExecutionFilter, page: { limit: number; after?: KeysetPosition | undefined }): Promise<ExecutionListRow[]> {
  const order = [
    { column: 'e.started_at', order: 'desc' as const },
    { column: 'e.id', order: 'desc' as const },
  ];
  // Cut the page from executions alone (index on app_id, started_at, id), then join names.
  const rows = filteredExecutions(db, appId, filter).select('e.*').orderBy(order).limit(page.limit);
  if (page.after) rows.whereRaw('(e.started_at, e.id) < (?, ?)', [page.after.at, page.after.id]);
  return withNames(db, rows, appId).select(listColumns).orderBy(order);
}

/** Counts, success rate and p50/p95 durations (within 2 %, from duration histograms) of the matching executions. */
export async function executionStats(db: Db, appId: string, filter: ExecutionFilter) {
  const { total, success, failed, durations } = await countExecutions(db, appId, filter);
  const finished = success + failed;
  return {
    total,
    success,
    failed,
    successRate: finished > 0 ? Math.round((success / finished) * 10_000) / 10_000 : null,
    p50: histogramPercentile(durations, 0.5),
    p95: histogramPercentile(durations, 0.95),
  };
}

export async function findExecutionDetail(db: Db, appId: string, executionId: string) {
  return withNames(db, filteredExecutions(db, appId, {}).andWhere('e.id', executionId).select('e.*'), appId).first([...listColumns, 'e.input', 'e.output', 'e.finished_at']);
}
