import type { OperationHandler } from '../http/operations.js';
import { newWebhookSecret } from '../security/apiKeys.js';
import { sealEndpointSecret } from './endpointSecrets.js';
import { updateWebhookEndpointRow } from './endpointStore.js';
import { requireEndpoint } from './requireEndpoint.js';

const overlapMs = 24 * 60 * 60 * 1000;

export const rotateWebhookEndpointSecret: OperationHandler<'rotateWebhookEndpointSecret'> = async ({ app, params, services }) => {
  const endpoint = await requireEndpoint(services.db, app.id, params.endpointId);
  const secret = newWebhookSecret();
  const previousSecretExpiresAt = new Date(Date.now() + overlapMs);
  await updateWebhookEndpointRow(services.db, app.id, endpoint.id, {
    secret: sealEndpointSecret(services.secrets, app.id, endpoint.id, secret),
    // The sealed current secret becomes the previous one as it is: same binding, same key.
    previous_secret: endpoint.secret,
    previous_secret_expires_at: previousSecretExpiresAt,
  });
  return { status: 200, body: { secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() } };
};
