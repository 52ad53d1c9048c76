import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { toExecution } from './executionView.js';
import { executionStats, listExecutionRows } from './store.js';

export const listExecutions: OperationHandler<'listExecutions'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const filter = { endUserId: query.endUserId, integration: query.integration, action: query.action, status: query.status, source: query.source, from: query.from, to: query.to };
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
      executions: page.map(toExecution),
      stats,
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.started_at, id: last.id }) : null,
    },
  };
};
