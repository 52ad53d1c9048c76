import type { IntegrationDefinition } from '@patchbay/integrations';
import { ApiError } from '../http/apiError.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import type { Services } from '../services.js';
import type { ConnectSessionAuth } from './sessionAuth.js';

/** The integration, if the app offers it and this session may connect it. */
export async function allowedIntegration(services: Services, session: ConnectSessionAuth, slug: string): Promise<IntegrationDefinition> {
  const integration = await enabledIntegration(services, session.app.id, slug);
  if (session.allowedIntegrations.length > 0 && !session.allowedIntegrations.includes(slug)) {
    throw new ApiError({ status: 403, type: 'permission_error', code: 'integration_not_allowed', message: `This connect session may not connect ${integration.metadata.name}.` });
  }
  return integration;
}
