import type { ActionDefinition, IntegrationDefinition } from './define.js';
import { slack } from './providers/slack/index.js';

/** Every integration Patchbay ships, by slug. */
export const integrations: readonly IntegrationDefinition[] = [slack];

export function findIntegration(slug: string): IntegrationDefinition | undefined {
  return integrations.find((integration) => integration.metadata.slug === slug);
}

export function findAction(integration: IntegrationDefinition, actionId: string): ActionDefinition | undefined {
  return integration.actions.find((action) => action.id === actionId);
}
