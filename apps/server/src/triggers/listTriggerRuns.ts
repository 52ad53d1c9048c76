import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { listRuns } from './runStore.js';
import { runView } from './runView.js';

export const listTriggerRuns: OperationHandler<'listTriggerRuns'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor, 'trun') : undefined;
  const rows = await listRuns(services.db, app.id, { subscriptionId: query.subscriptionId, endUserId: query.endUserId, integration: query.integration, status: query.status }, { limit: limit + 1, after });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { status: 200, body: { runs: page.map(runView), nextCursor: rows.length > limit && last ? encodeCursor({ at: last.started_at, id: last.id }) : null } };
};
