import type { ActionDefinition, IntegrationDefinition } from './define.js';
import { integrations } from './registry.js';

/**
 * An action's name as an AI-agent tool: `slack_send_message`, `google_sheets_read_range`. Fits
 * every model API's function-name rule (`^[a-zA-Z0-9_-]{1,64}$`); the catalog test keeps them unique.
 */
export function toolName(integration: IntegrationDefinition, action: ActionDefinition): string {
  return `${integration.metadata.slug.replaceAll('-', '_')}_${action.id}`;
}

export interface CatalogTool {
  name: string;
  integration: IntegrationDefinition;
  action: ActionDefinition;
}

/** Every action of the catalog as a tool, in catalog order. */
export const catalogTools: readonly CatalogTool[] = integrations.flatMap((integration) =>
  integration.actions.map((action) => ({ name: toolName(integration, action), integration, action })),
);

export function findTool(name: string): CatalogTool | undefined {
  return catalogTools.find((tool) => tool.name === name);
}
