import type { Schemas } from '@patchbay/api-types';

export interface RunRow {
  id: string;
  subscription_id: string | null;
  end_user_external_id: string;
  integration_slug: string;
  trigger: string;
  kind: 'poll' | 'push';
  status: Schemas['TriggerRunStatus'];
  items: number;
  duration_ms: number;
  error_code: string | null;
  error_message: string | null;
  started_at: Date;
}

export const runView = (row: RunRow): Schemas['TriggerRun'] => ({
  id: row.id,
  subscriptionId: row.subscription_id,
  endUserId: row.end_user_external_id,
  integration: row.integration_slug,
  trigger: row.trigger,
  kind: row.kind,
  status: row.status,
  items: row.items,
  durationMs: row.duration_ms,
  error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  startedAt: row.started_at.toISOString(),
});
