import type { Knex } from 'knex';
import { createRepairLink } from '../connect/repairLinks.js';
import { storableText } from '../db/storableText.js';
import type { Services } from '../services.js';
import { pauseForReauth } from '../triggers/connectionSubscriptions.js';
import { recordEvent } from '../webhooks/outbox.js';

/**
 * The provider no longer honours this connection's grant (revoked, `invalid_grant`): flag it
 * and tell the customer, once, with a repair link that reconnects it in place. Its trigger
 * subscriptions wait for the reconnect.
 */
export async function markNeedsReauth(services: Services, appId: string, connectionId: string, reason: string): Promise<void> {
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
      .returning(['id', 'end_user_id', 'integration_slug', 'granted_scopes']);
    if (!row) return;
    await pauseForReauth(trx, appId, connectionId);
    const endUser = await trx('end_users').where({ app_id: appId, id: row.end_user_id }).first('external_id');
    const link = await createRepairLink(services, trx, { appId, connectionId, endUserId: row.end_user_id, integrationSlug: row.integration_slug, grantedScopes: row.granted_scopes });
    await recordEvent(trx, appId, 'connection.needs_reauth', {
      connectionId,
      endUserId: endUser.external_id,
      integration: row.integration_slug,
      reason,
      repairLink: { url: link.url, expiresAt: link.expiresAt },
    });
  });
}
