import type { Schemas } from '@patchbay/api-types';
import type { ExecutionListRow } from './store.js';

export function toExecution(row: ExecutionListRow): Schemas['Execution'] {
  return {
    id: row.id,
    endUser: { id: row.end_user_external_id, email: row.end_user_email },
    integration: { slug: row.integration_slug, name: row.integration_name },
    action: row.action,
    status: row.status,
    source: row.source,
    duration: row.duration_ms,
    startedAt: row.started_at.toISOString(),
    ...(row.error_code
      ? {
          error: {
            code: row.error_code,
            message: row.error_message ?? '',
            ...(row.provider_code ? { providerCode: row.provider_code } : {}),
            ...(row.provider_status !== null ? { providerStatus: row.provider_status } : {}),
          },
        }
      : {}),
  };
}
