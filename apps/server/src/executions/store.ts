import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { KeysetPosition } from '../http/keysetCursor.js';

export interface NewExecution {
  id: string;
  appId: string;
  endUserId: string;
  connectionId: string;
  integrationSlug: string;
  action: string;
  status: 'success' | 'failed';
  input: unknown;
  output: unknown;
  error?: { code: string; message: string; providerCode?: string | undefined; providerStatus?: number | undefined };
  attempts: number;
  durationMs: number;
  startedAt: Date;
}

export async function insertExecution(trx: Knex.Transaction, execution: NewExecution): Promise<void> {
  await trx('executions').insert({
    id: execution.id,
    app_id: execution.appId,
    end_user_id: execution.endUserId,
    connection_id: execution.connectionId,
    integration_slug: execution.integrationSlug,
    action: execution.action,
    status: execution.status,
    input: JSON.stringify(execution.input ?? null),
    output: JSON.stringify(execution.output ?? null),
    error_code: execution.error?.code ?? null,
    error_message: execution.error?.message ?? null,
    provider_code: execution.error?.providerCode ?? null,
    provider_status: execution.error?.providerStatus ?? null,
    attempts: execution.attempts,
    duration_ms: execution.durationMs,
    started_at: execution.startedAt,
    finished_at: new Date(execution.startedAt.getTime() + execution.durationMs),
  });
}

export interface ExecutionFilter {
  endUserId?: string | undefined;
  integration?: string | undefined;
  status?: 'success' | 'failed' | undefined;
}

export interface ExecutionListRow {
  id: string;
  action: string;
  status: 'success' | 'failed';
  duration_ms: number;
  started_at: Date;
  error_code: string | null;
  error_message: string | null;
  end_user_external_id: string;
  end_user_email: string | null;
  integration_slug: string;
  integration_name: string;
}

function filtered(db: Db, appId: string, filter: ExecutionFilter) {
  const query = db('executions as e')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 'e.end_user_id').andOn('u.app_id', 'e.app_id');
    })
    .where('e.app_id', appId)
    .whereNot('e.status', 'running');
  if (filter.endUserId !== undefined) query.where('u.external_id', filter.endUserId);
  if (filter.integration !== undefined) query.where('e.integration_slug', filter.integration);
  if (filter.status !== undefined) query.where('e.status', filter.status);
  return query;
}

/** Newest first, keyset-paginated on (started_at, id) so pages stay stable while rows arrive. */
export async function listExecutionRows(
  db: Db,
  appId: string,
  filter: ExecutionFilter,
  page: { limit: number; after?: KeysetPosition | undefined },
): Promise<ExecutionListRow[]> {
  const query = filtered(db, appId, filter)
    .join('integrations as i', 'i.slug', 'e.integration_slug')
    .select(
      'e.id',
      'e.action',
      'e.status',
      'e.duration_ms',
      'e.started_at',
      'e.error_code',
      'e.error_message',
      'u.external_id as end_user_external_id',
      'u.email as end_user_email',
      'e.integration_slug',
      'i.name as integration_name',
    )
    .orderBy([
      { column: 'e.started_at', order: 'desc' },
      { column: 'e.id', order: 'desc' },
    ])
    .limit(page.limit);
  if (page.after) query.whereRaw('(e.started_at, e.id) < (?, ?)', [page.after.at, page.after.id]);
  return query;
}

export async function executionStats(db: Db, appId: string, filter: ExecutionFilter) {
  const row = await filtered(db, appId, filter)
    .first(
      db.raw('count(*)::int as total'),
      db.raw("count(*) filter (where e.status = 'success')::int as success"),
      db.raw("count(*) filter (where e.status = 'failed')::int as failed"),
    );
  return { total: Number(row?.total ?? 0), success: Number(row?.success ?? 0), failed: Number(row?.failed ?? 0) };
}
