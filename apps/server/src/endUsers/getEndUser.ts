import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { listEndUserViews } from './views.js';

export const getEndUser: OperationHandler<'getEndUser'> = async ({ app, params, services }) => {
  const [found] = await listEndUserViews(services.db, app.id, { limit: 1, externalId: params.endUserId });
  if (!found) throw notFound(`No end user "${params.endUserId}" in this app.`);
  const { internalId: _internalId, createdAtDate: _createdAt, ...endUser } = found;
  return { status: 200, body: endUser };
};
