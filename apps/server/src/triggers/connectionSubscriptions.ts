import type { Knex } from 'knex';
import type { Services } from '../services.js';
import { schedulePoll, unschedulePoll } from './pollSchedule.js';
import { unregisterAtProvider } from './registration.js';
import { subscriptionsOfConnection } from './subscriptionStore.js';

// What happens to a connection's subscriptions when the connection changes.

/** The provider refused the connection's grant: its active subscriptions wait for a reconnect. */
export async function pauseForReauth(trx: Knex.Transaction, appId: string, connectionId: string): Promise<void> {
  await trx('trigger_subscriptions').where({ app_id: appId, connection_id: connectionId, status: 'active' }).update({ status: 'needs_reauth', updated_at: trx.fn.now() });
}

/** The end user connected again: what the lost grant paused resumes, polls from their cursors. */
export async function resumeAfterReconnect(trx: Knex.Transaction, appId: string, connectionId: string): Promise<void> {
  const resumed: { id: string; kind: string }[] = await trx('trigger_subscriptions')
    .where({ app_id: appId, connection_id: connectionId, status: 'needs_reauth' })
    .update({ status: 'active', poll_failures: 0, updated_at: trx.fn.now() })
    .returning(['id', 'kind']);
  for (const subscription of resumed) if (subscription.kind === 'polling') await schedulePoll(trx, appId, subscription.id, new Date());
}

/**
 * Before a connection is deleted: the hooks its subscriptions registered at the provider go
 * (best effort, while its credentials still work). The rows go with the connection.
 */
export async function unregisterConnectionSubscriptions(services: Services, appId: string, connectionId: string): Promise<void> {
  for (const subscription of await subscriptionsOfConnection(services.db, appId, connectionId)) {
    await unregisterAtProvider(services, subscription);
  }
}

/** In the connection's deletion transaction: its subscriptions and their queued polls. */
export async function deleteConnectionSubscriptions(trx: Knex.Transaction, appId: string, connectionId: string): Promise<void> {
  const deleted: { id: string; kind: string }[] = await trx('trigger_subscriptions').where({ app_id: appId, connection_id: connectionId }).delete().returning(['id', 'kind']);
  for (const subscription of deleted) if (subscription.kind === 'polling') await unschedulePoll(trx, subscription.id);
}
