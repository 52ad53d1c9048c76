import { decodeCursor, encodeCursor } from '../http/keysetCursor.js';
import type { OperationHandler } from '../http/operations.js';
import { listSubscriptions } from './subscriptionStore.js';
import { subscriptionView } from './subscriptionView.js';

export const listTriggerSubscriptions: OperationHandler<'listTriggerSubscriptions'> = async ({ app, query, services }) => {
  const limit = query.limit ?? 20;
  const after = query.cursor ? decodeCursor(query.cursor, 'sub') : undefined;
  // One row more than asked tells whether a next page exists.
  const rows = await listSubscriptions(services.db, app.id, { endUserId: query.endUserId, integration: query.integration, trigger: query.trigger, status: query.status }, { limit: limit + 1, after });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    status: 200,
    body: { subscriptions: page.map(subscriptionView), nextCursor: rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null },
  };
};
