import type { OperationHandler } from '../http/operations.js';
import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import { executionStats, listExecutionRows } from './store.js';

export const listExecutions: OperationHandler<'listExecutions'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const filter = { endUserId: query.endUserId, integration: query.integration, status: query.status };
  const after = query.cursor ? decodeCursor(query.cursor, 'exec') : undefined;
  // One row more than asked tells whether a next page exists.
  const [rows, stats] = await Promise.all([
    listExecutionRows(services.db, app.id, filter, { limit: limit + 1, after }),
    executionStats(services.db, app.id, filter),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    status: 200,
    body: {
      executions: page.map((row) => ({
        id: row.id,
        endUser: { id: row.end_user_external_id, email: row.end_user_email },
        integration: { slug: row.integration_slug, name: row.integration_name },
        action: row.action,
        status: row.status,
        duration: row.duration_ms,
        startedAt: row.started_at.toISOString(),
        ...(row.error_code ? { error: { code: row.error_code, message: row.error_message ?? '' } } : {}),
      })),
      stats,
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.started_at, id: last.id }) : null,
    },
  };
};
