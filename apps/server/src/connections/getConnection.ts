import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findConnectionView } from './connectionQueries.js';
import { toConnection } from './connectionView.js';

export const getConnection: OperationHandler<'getConnection'> = async ({ app, params, services }) => {
  const row = await findConnectionView(services.db, app.id, params.connectionId);
  if (!row) throw notFound(`No connection ${params.connectionId} in this app.`);
  return { status: 200, body: toConnection(row) };
};
