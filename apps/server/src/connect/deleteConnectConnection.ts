import { removeConnection } from '../connections/removeConnection.js';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';

export const deleteConnectConnection: OperationHandler<'deleteConnectConnection'> = async ({ session, params, services }) => {
  // Only this session's end user's connections: anyone else's is simply not found.
  const removed = await removeConnection(services, session.app.id, params.connectionId, session.endUser.id);
  if (!removed) throw notFound(`No connection ${params.connectionId} for this end user.`);
  return { status: 204 };
};
