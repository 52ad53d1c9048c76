import type { Schemas } from '@patchbay/api-types';
import type { Knex } from 'knex';
import type { AttemptRecord } from '../actions/executeAction.js';
import type { Db } from '../db/knex.js';
import { storableText } from '../db/storableText.js';

/** The columns attemptRows fills. */
export const attemptColumns = ['execution_id', 'app_id', 'number', 'started_at', 'duration_ms', 'waited_ms', 'provider_status', 'provider_code', 'error_code', 'error_message', 'delay_before_next_ms'];

/** The rows of an execution's attempts, provider text made storable (db/storableText.ts). */
export function attemptRows(appId: string, executionId: string, attempts: readonly AttemptRecord[]) {
  return attempts.map((attempt) => ({
    execution_id: executionId,
    app_id: appId,
    number: attempt.number,
    started_at: attempt.startedAt,
    duration_ms: attempt.durationMs,
    waited_ms: attempt.waitedMs,
    provider_status: attempt.providerStatus ?? null,
    provider_code: attempt.providerCode === undefined ? null : storableText(attempt.providerCode),
    error_code: attempt.error ? storableText(attempt.error.code) : null,
    error_message: attempt.error ? storableText(attempt.error.message) : null,
    delay_before_next_ms: attempt.delayBeforeNextMs ?? null,
  }));
}

/** Writes an execution's attempts; written once, with the finished execution. */
export async function saveAttempts(db: Db | Knex.Transaction, appId: string, executionId: string, attempts: readonly AttemptRecord[]): Promise<void> {
  if (attempts.length === 0) return;
  await db('execution_attempts').insert(attemptRows(appId, executionId, attempts)).onConflict(['execution_id', 'number']).ignore();
}

interface AttemptRow {
  number: number;
  started_at: Date;
  duration_ms: number;
  waited_ms: number;
  provider_status: number | null;
  provider_code: string | null;
  error_code: string | null;
  error_message: string | null;
  delay_before_next_ms: number | null;
}

export async function listAttempts(db: Db, appId: string, executionId: string): Promise<Schemas['ExecutionAttempt'][]> {
  const rows: AttemptRow[] = await db('execution_attempts').where({ app_id: appId, execution_id: executionId }).orderBy('number');
  return rows.map((row) => ({
    number: row.number,
    startedAt: row.started_at.toISOString(),
    duration: row.duration_ms,
    waited: row.waited_ms,
    providerStatus: row.provider_status,
    providerCode: row.provider_code,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    delayBeforeNext: row.delay_before_next_ms,
  }));
}
