import type { ActionDefinition, IntegrationDefinition } from './define.js';
import type { TriggerDefinition } from './triggers.js';
import { airtable } from './providers/airtable/index.js';
import { asana } from './providers/asana/index.js';
import { github } from './providers/github/index.js';
import { googleCalendar } from './providers/google-calendar/index.js';
import { googleSheets } from './providers/google-sheets/index.js';
import { hubspot } from './providers/hubspot/index.js';
import { linear } from './providers/linear/index.js';
import { notion } from './providers/notion/index.js';
import { slack } from './providers/slack/index.js';
import { stripe } from './providers/stripe/index.js';

/** Every integration Patchbay ships, by slug. */
export const integrations: readonly IntegrationDefinition[] = [slack, notion, googleSheets, github, linear, hubspot, airtable, stripe, googleCalendar, asana];

export function findIntegration(slug: string): IntegrationDefinition | undefined {
  return integrations.find((integration) => integration.metadata.slug === slug);
}

export function findAction(integration: IntegrationDefinition, actionId: string): ActionDefinition | undefined {
  return integration.actions.find((action) => action.id === actionId);
}

export function findTrigger(integration: IntegrationDefinition, triggerId: string): TriggerDefinition | undefined {
  return integration.triggers.find((trigger) => trigger.id === triggerId);
}
