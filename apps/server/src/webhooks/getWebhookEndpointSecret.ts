import type { OperationHandler } from '../http/operations.js';
import { openEndpointSecret } from './endpointSecrets.js';
import { requireEndpoint } from './requireEndpoint.js';

export const getWebhookEndpointSecret: OperationHandler<'getWebhookEndpointSecret'> = async ({ app, params, services }) => {
  const endpoint = await requireEndpoint(services.db, app.id, params.endpointId);
  const rotating = endpoint.previous_secret_expires_at && endpoint.previous_secret_expires_at > new Date();
  return {
    status: 200,
    body: {
      secret: openEndpointSecret(services.secrets, endpoint),
      previousSecretExpiresAt: rotating ? endpoint.previous_secret_expires_at!.toISOString() : null,
    },
  };
};
