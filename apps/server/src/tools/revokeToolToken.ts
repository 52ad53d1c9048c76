import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { revokeToolTokenRow } from './toolTokenStore.js';

export const revokeToolToken: OperationHandler<'revokeToolToken'> = async ({ app, params, services }) => {
  if (!(await revokeToolTokenRow(services.db, app.id, params.tokenId))) throw notFound(`No tool token ${params.tokenId} in this app.`);
  return { status: 204 };
};
