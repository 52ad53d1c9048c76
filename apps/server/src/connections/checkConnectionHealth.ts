import { PacingTimeout, pacingRefusal } from '../actions/providerPacer.js';
import { checkConnection } from '../connectionHealth/checkConnection.js';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { findConnectionView } from './connectionQueries.js';
import { toConnection } from './connectionView.js';

export const checkConnectionHealth: OperationHandler<'checkConnectionHealth'> = async ({ app, params, services }) => {
  if (!(await findConnectionView(services.db, app.id, params.connectionId))) throw notFound(`No connection ${params.connectionId} in this app.`);
  await checkConnection(services, app.id, params.connectionId, { mode: 'sync' }).catch((error: unknown) => {
    if (error instanceof PacingTimeout) throw pacingRefusal(services, error);
    throw error;
  });
  const checked = await findConnectionView(services.db, app.id, params.connectionId);
  if (!checked) throw notFound(`No connection ${params.connectionId} in this app.`);
  return { status: 200, body: toConnection(checked) };
};
