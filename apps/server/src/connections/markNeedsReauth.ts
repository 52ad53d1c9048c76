import type { Knex } from 'knex';
import { storableText } from '../db/storableText.js';
import type { Services } from '../services.js';
import { pauseForReauth } from '../triggers/connectionSubscriptions.js';
import { recordEvent } from '../webhooks/outbox.js';

/**
 * The provider no longer honours this connection's grant (revoked, `invalid_grant`): flag it
 * and tell the customer, once. Its trigger subscriptions wait for the reconnect. Each delivery
 * of the event brings a repair link minted then (connect/repairLinks.ts, withRepairLink): the
 * event is kept without it.
 */
export async function markNeedsReauth(services: Pick<Services, 'db' | 'appChanges'>, appId: string, connectionId: string, reason: string): Promise<void> {
  await services.db.transaction(async (trx: Knex.Transaction) => {
    const [row] = await trx('connections')
      .where({ app_id: appId, id: connectionId, status: 'active' })
      .update({
        status: 'needs_reauth',
        last_error: storableText(reason),
        health_status: 'needs_reauth',
        health_error: storableText(reason),
        health_checked_at: trx.fn.now(),
        refresh_lease_until: null,
        updated_at: trx.fn.now(),
      })
      .returning(['id', 'end_user_id', 'integration_slug']);
    if (!row) return;
    await pauseForReauth(trx, appId, connectionId);
    const endUser = await trx('end_users').where({ app_id: appId, id: row.end_user_id }).first('external_id');
    await recordEvent(trx, appId, 'connection.needs_reauth', { connectionId, endUserId: endUser.external_id, integration: row.integration_slug, reason });
  });
  // The catalog's connected-user count of this process, at once (the database tells the others).
  services.appChanges.changedHere(appId);
}
