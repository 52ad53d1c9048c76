import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { newWebhookSecret } from '../security/apiKeys.js';
import { sealEndpointSecret } from './endpointSecrets.js';
import { insertWebhookEndpoint } from './endpointStore.js';
import { toWebhookEndpoint } from './endpointView.js';
import { requireWebhookUrl } from './webhookUrl.js';

export const createWebhookEndpoint: OperationHandler<'createWebhookEndpoint'> = async ({ app, body, services }) => {
  const url = await requireWebhookUrl(body.url, 'body/url', services.config);
  const id = newId('we');
  const secret = newWebhookSecret();
  const row = await insertWebhookEndpoint(services.db, {
    id,
    appId: app.id,
    url,
    sealedSecret: sealEndpointSecret(services.secrets, app.id, id, secret),
    events: body.events ?? [],
  });
  return { status: 201, body: { ...toWebhookEndpoint(row), secret } };
};
