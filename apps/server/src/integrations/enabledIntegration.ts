import { findIntegration, type IntegrationDefinition } from '@patchbay/integrations';
import { ApiError, notFound } from '../http/apiError.js';
import type { Services } from '../services.js';
import { disabledIntegrations } from './appIntegrationStore.js';

/** The integration by slug: 404 when unknown, 403 when the app has disabled it. */
export async function enabledIntegration(services: Services, appId: string, slug: string): Promise<IntegrationDefinition> {
  const integration = findIntegration(slug);
  if (!integration) throw notFound(`Unknown integration "${slug}".`);
  if ((await disabledIntegrations(services, appId)).has(slug)) {
    throw new ApiError({
      status: 403,
      type: 'permission_error',
      code: 'integration_disabled',
      message: `${integration.metadata.name} is disabled for this app. Enable it in the dashboard (Integrations) or with PATCH /api/v1/integrations/${slug}.`,
    });
  }
  return integration;
}
