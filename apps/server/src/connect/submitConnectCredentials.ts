import { connectWithCredentials } from '../connections/connectWithCredentials.js';
import type { OperationHandler } from '../http/operations.js';
import { allowedIntegration } from './allowedIntegration.js';

export const submitConnectCredentials: OperationHandler<'submitConnectCredentials'> = async ({ session, params, body, services }) => {
  const integration = await allowedIntegration(services, session, params.slug);
  const connection = await connectWithCredentials(services, session.app.id, async () => session.endUser.id, integration, body.credentials);
  return { status: 201, body: connection };
};
