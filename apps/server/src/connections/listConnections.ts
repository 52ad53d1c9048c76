import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { listConnectionViews } from './connectionQueries.js';
import { toConnection } from './connectionView.js';

export const listConnections: OperationHandler<'listConnections'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor, 'conn') : undefined;
  const rows = await listConnectionViews(services.db, app.id, { endUserId: query.endUserId, integration: query.integration, status: query.status, health: query.health }, { limit: limit + 1, after });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    status: 200,
    body: { connections: page.map(toConnection), nextCursor: rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null },
  };
};
