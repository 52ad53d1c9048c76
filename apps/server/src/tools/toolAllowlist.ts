import { findAction, findIntegration, type CatalogTool } from '@patchbay/integrations';
import { invalidRequest } from '../http/apiError.js';

/** Whether an allowlist (`slack` or `slack.send_message` entries) lets the tool through. */
export function allowlistAllows(allowlist: readonly string[], tool: CatalogTool): boolean {
  const slug = tool.integration.metadata.slug;
  return allowlist.includes(slug) || allowlist.includes(`${slug}.${tool.action.id}`);
}

/** The spec checks the entries' form; this checks that each names a real integration or action. */
export function requireCatalogEntries(allowlist: readonly string[], path: string): void {
  allowlist.forEach((entry, index) => {
    const [slug = '', actionId] = entry.split('.');
    const integration = findIntegration(slug);
    const known = integration && (actionId === undefined || findAction(integration, actionId));
    if (!known) {
      const at = `${path}/${index}`;
      throw invalidRequest(`${at}: "${entry}" is not an integration or action of the catalog`, [{ path: at, message: 'is not an integration or action of the catalog' }]);
    }
  });
}
