import type { Schemas } from '@patchbay/api-types';
import type { WebhookEndpointRow } from './endpointStore.js';

export function toWebhookEndpoint(row: WebhookEndpointRow): Schemas['WebhookEndpoint'] {
  return {
    id: row.id,
    url: row.url,
    events: row.events as Schemas['WebhookEventType'][],
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
