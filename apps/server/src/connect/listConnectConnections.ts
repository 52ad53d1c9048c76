import { listConnectionViews } from '../connections/connectionQueries.js';
import { toConnection } from '../connections/connectionView.js';
import type { OperationHandler } from '../http/operations.js';

export const listConnectConnections: OperationHandler<'listConnectConnections'> = async ({ session, services }) => {
  const rows = await listConnectionViews(services.db, session.app.id, { endUserId: session.endUser.externalId }, { limit: 100 });
  return { status: 200, body: { connections: rows.map(toConnection), nextCursor: null } };
};
