import { upsertEndUser } from '../endUsers/store.js';
import type { OperationHandler } from '../http/operations.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import { connectWithCredentials } from './connectWithCredentials.js';

export const createConnection: OperationHandler<'createConnection'> = async ({ app, body, services }) => {
  const integration = await enabledIntegration(services, app.id, body.integrationSlug);
  const endUserId = async () => (await upsertEndUser(services.db, app.id, body.endUserId, body.metadata)).id;
  return { status: 201, body: await connectWithCredentials(services, app.id, endUserId, integration, body.credentials) };
};
