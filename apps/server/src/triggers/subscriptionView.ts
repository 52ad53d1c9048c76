import type { Schemas } from '@patchbay/api-types';
import type { SubscriptionWithEndUser } from './subscriptionStore.js';

export function subscriptionView(row: SubscriptionWithEndUser): Schemas['TriggerSubscription'] {
  return {
    id: row.id,
    endUserId: row.end_user_external_id,
    connectionId: row.connection_id,
    integration: row.integration_slug,
    trigger: row.trigger,
    kind: row.kind,
    config: row.config,
    status: row.status,
    lastRunAt: row.last_run_at ? row.last_run_at.toISOString() : null,
    lastError: row.last_error,
    nextPollAt: row.kind === 'polling' && row.status === 'active' && row.next_poll_at ? row.next_poll_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
