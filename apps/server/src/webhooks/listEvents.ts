import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { listEventSummaries } from './eventStore.js';

export const listEvents: OperationHandler<'listEvents'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor, 'evt') : undefined;
  // One row more than asked tells whether a next page exists.
  const page = await listEventSummaries(services.db, app.id, { type: query.type, status: query.status }, { limit: limit + 1, after });
  const events = page.events.slice(0, limit);
  const last = events.at(-1);
  return {
    status: 200,
    body: { events, nextCursor: page.events.length > limit && last ? encodeCursor({ at: new Date(last.createdAt), id: last.id }) : null },
  };
};
