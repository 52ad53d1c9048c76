import { findIntegration } from '@patchbay/integrations';
import type { Task } from 'graphile-worker';
import { refreshAcrossProcesses } from '../connections/tokens.js';
import type { Services } from '../services.js';

export const refreshExpiringConnectionsTask = 'refresh_expiring_connections';
/** Runs every 5 minutes and looks 15 minutes ahead, so idle connections never lapse. */
export const refreshExpiringConnectionsCron = `*/5 * * * * ${refreshExpiringConnectionsTask}`;
const lookAheadMs = 15 * 60 * 1000;
const batchSize = 200;

/** Keeps idle connections alive: refreshes tokens that expire soon, one connection at a time. */
export function refreshExpiringConnections(services: Services): Task {
  return async () => {
    // A maintenance sweep over every app; each refresh below is scoped by the row's app id.
    const due: { id: string; app_id: string; integration_slug: string }[] = await services
      .db('connections')
      .where({ status: 'active' })
      .andWhere('expires_at', '<', new Date(Date.now() + lookAheadMs))
      .orderBy('expires_at', 'asc')
      .limit(batchSize)
      .select('id', 'app_id', 'integration_slug');
    for (const connection of due) {
      const integration = findIntegration(connection.integration_slug);
      if (!integration || integration.auth.type !== 'oauth2' || !integration.auth.refreshable) continue;
      try {
        await refreshAcrossProcesses(services, integration, connection.app_id, connection.id);
      } catch (error) {
        services.logger.warn({ appId: connection.app_id, connectionId: connection.id, err: error }, 'proactive refresh failed');
      }
    }
  };
}
