import { actionJsonSchemas, findIntegration, triggerJsonSchemas } from '@patchbay/integrations';
import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { appIntegrationViews } from './appIntegrationView.js';

export const getIntegration: OperationHandler<'getIntegration'> = async ({ app, params, services }) => {
  const integration = findIntegration(params.slug);
  if (!integration) throw notFound(`Unknown integration "${params.slug}".`);
  const { metadata, auth, actions, triggers } = integration;
  const view = await appIntegrationViews(services, app.id);
  return {
    status: 200,
    body: {
      ...view(integration),
      version: metadata.version,
      actions: actions.map((action) => ({
        id: action.id,
        name: action.name,
        description: action.description,
        effect: action.effect,
        requiredScopes: (action.scopes ?? []).map((requirement) => (typeof requirement === 'string' ? [requirement] : [...requirement])),
        ...actionJsonSchemas(action),
      })),
      triggers: triggers.map((trigger) => ({
        id: trigger.id,
        name: trigger.name,
        description: trigger.description,
        kind: trigger.kind,
        pollIntervalSeconds: trigger.kind === 'polling' ? trigger.pollIntervalSeconds : null,
        ...triggerJsonSchemas(trigger),
      })),
      ...(auth.type === 'oauth2' ? {} : { credentialFields: auth.fields }),
    },
  };
};
