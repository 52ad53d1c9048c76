import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { listEndUserViews } from './views.js';

export const listEndUsers: OperationHandler<'listEndUsers'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor, 'eu') : undefined;
  const rows = await listEndUserViews(services.db, app.id, { limit: limit + 1, after, search: query.search, health: query.health });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    status: 200,
    body: {
      endUsers: page.map(({ internalId: _internalId, createdAtDate: _createdAt, ...endUser }) => endUser),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAtDate, id: last.internalId }) : null,
    },
  };
};
