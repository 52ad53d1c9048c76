import type { IntegrationDefinition } from '@patchbay/integrations';
import type { Services } from '../services.js';
import { appIntegrationSettings, defaultIntegrationSettings } from './appIntegrationStore.js';
import { integrationSummary } from './integrationSummary.js';

/** Builds integrations as one app sees them: catalog fields, its connected users and its settings. */
export async function appIntegrationViews(services: Services, appId: string) {
  const [connected, settings] = await Promise.all([services.connectedUsers(appId), appIntegrationSettings(services, appId)]);
  return ({ metadata, actions, triggers }: IntegrationDefinition) => ({
    ...integrationSummary(metadata, services.config.publicUrl),
    connectedUsers: connected.get(metadata.slug) ?? 0,
    ...(settings.get(metadata.slug) ?? defaultIntegrationSettings),
    actions: actions.map(({ id, name, description, effect }) => ({ id, name, description, effect })),
    triggers: triggers.map(({ id, name, description, kind }) => ({ id, name, description, kind })),
  });
}
