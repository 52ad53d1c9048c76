import { findIntegration, type IntegrationDefinition } from '@patchbay/integrations';
import { ApiError, notFound } from '../http/apiError.js';
import type { ConnectSessionAuth } from './sessionAuth.js';

/** The integration, if this session may connect it. */
export function allowedIntegration(session: ConnectSessionAuth, slug: string): IntegrationDefinition {
  const integration = findIntegration(slug);
  if (!integration) throw notFound(`Unknown integration "${slug}".`);
  if (session.allowedIntegrations.length > 0 && !session.allowedIntegrations.includes(slug)) {
    throw new ApiError({ status: 403, type: 'permission_error', code: 'integration_not_allowed', message: `This connect session may not connect ${integration.metadata.name}.` });
  }
  return integration;
}
