import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { removeConnection } from './removeConnection.js';

export const deleteConnection: OperationHandler<'deleteConnection'> = async ({ app, params, services }) => {
  if (!(await removeConnection(services, app.id, params.connectionId))) throw notFound(`No connection ${params.connectionId} in this app.`);
  return { status: 204 };
};
