import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { removeAppOAuthClient } from './appIntegrationStore.js';

export const deleteOAuthClient: OperationHandler<'deleteOAuthClient'> = async ({ app, params, services }) => {
  if (!(await removeAppOAuthClient(services, app.id, params.slug))) throw notFound(`Your app has no own OAuth client for "${params.slug}".`);
  return { status: 204 };
};
