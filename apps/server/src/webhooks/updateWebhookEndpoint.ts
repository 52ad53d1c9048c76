import type { OperationHandler } from '../http/operations.js';
import { updateWebhookEndpointRow } from './endpointStore.js';
import { toWebhookEndpoint } from './endpointView.js';
import { requireEndpoint } from './requireEndpoint.js';
import { requireWebhookUrl } from './webhookUrl.js';

export const updateWebhookEndpoint: OperationHandler<'updateWebhookEndpoint'> = async ({ app, params, body, services }) => {
  await requireEndpoint(services.db, app.id, params.endpointId);
  const row = await updateWebhookEndpointRow(services.db, app.id, params.endpointId, {
    ...(body.url !== undefined ? { url: await requireWebhookUrl(body.url, 'body/url', services.config) } : {}),
    ...(body.events !== undefined ? { events: body.events } : {}),
    // Re-enabling starts its failure record afresh.
    ...(body.enabled !== undefined ? { enabled: body.enabled, ...(body.enabled ? { failing_since: null, disabled_reason: null } : {}) } : {}),
  });
  return { status: 200, body: toWebhookEndpoint(row!) };
};
