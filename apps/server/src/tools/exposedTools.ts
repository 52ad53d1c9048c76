import { catalogTools, findTool, type CatalogTool } from '@patchbay/integrations';
import type { Db } from '../db/knex.js';
import { disabledIntegrations } from '../integrations/appIntegrationStore.js';
import type { Services } from '../services.js';
import type { ToolCaller } from './toolCaller.js';
import { allowlistAllows } from './toolAllowlist.js';
import { findToolAllowlist } from './toolSettingsStore.js';

export interface ToolConnection {
  id: string;
  status: 'active' | 'needs_reauth';
}

export interface ExposedTool extends CatalogTool {
  connection: ToolConnection | null;
}

/**
 * The catalog's tools this caller may use: the integration is enabled for the app, the app's
 * tool allowlist and the caller's token allowlist both let it through. Each carries the end
 * user's connection to its integration, if any.
 */
export async function exposedTools(services: Services, caller: ToolCaller): Promise<ExposedTool[]> {
  const [disabled, appAllowlist, connections] = await Promise.all([
    disabledIntegrations(services, caller.appId),
    findToolAllowlist(services.db, caller.appId),
    endUserConnections(services.db, caller),
  ]);
  return catalogTools
    .filter(
      (tool) =>
        !disabled.has(tool.integration.metadata.slug) &&
        (appAllowlist === null || allowlistAllows(appAllowlist, tool)) &&
        (caller.tokenAllowlist.length === 0 || allowlistAllows(caller.tokenAllowlist, tool)),
    )
    .map((tool) => ({ ...tool, connection: connections.get(tool.integration.metadata.slug) ?? null }));
}

/** One exposed tool by the name a model called, or undefined (unknown, or not for this caller). */
export async function findExposedTool(services: Services, caller: ToolCaller, name: string): Promise<ExposedTool | undefined> {
  if (!findTool(name)) return undefined;
  return (await exposedTools(services, caller)).find((tool) => tool.name === name);
}

async function endUserConnections(db: Db, caller: ToolCaller): Promise<Map<string, ToolConnection>> {
  const rows: { id: string; integration_slug: string; status: ToolConnection['status'] }[] = await db('connections as c')
    .join('end_users as u', function joinEndUser() {
      this.on('u.id', 'c.end_user_id').andOn('u.app_id', 'c.app_id');
    })
    .where({ 'c.app_id': caller.appId, 'u.external_id': caller.endUserId })
    .select('c.id', 'c.integration_slug', 'c.status');
  return new Map(rows.map((row) => [row.integration_slug, { id: row.id, status: row.status }]));
}
