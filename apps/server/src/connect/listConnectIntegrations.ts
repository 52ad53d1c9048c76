import { integrations } from '@patchbay/integrations';
import type { OperationHandler } from '../http/operations.js';
import { disabledIntegrations } from '../integrations/appIntegrationStore.js';
import { integrationSummary } from '../integrations/integrationSummary.js';

export const listConnectIntegrations: OperationHandler<'listConnectIntegrations'> = async ({ session, services }) => {
  const connections: { id: string; integration_slug: string; status: 'active' | 'needs_reauth' }[] = await services
    .db('connections')
    .where({ app_id: session.app.id, end_user_id: session.endUser.id })
    .select('id', 'integration_slug', 'status');
  const disabled = await disabledIntegrations(services, session.app.id);
  const visible = integrations.filter(
    ({ metadata }) => !disabled.has(metadata.slug) && (session.allowedIntegrations.length === 0 || session.allowedIntegrations.includes(metadata.slug)),
  );
  return {
    status: 200,
    body: {
      endUserId: session.endUser.externalId,
      integrations: visible.map(({ metadata, auth }) => {
        const connection = connections.find((c) => c.integration_slug === metadata.slug);
        return {
          ...integrationSummary(metadata, services.config.publicUrl),
          connection: connection ? { id: connection.id, status: connection.status } : null,
          ...(auth.type === 'oauth2' ? {} : { credentialFields: auth.fields, instructions: auth.instructions }),
        };
      }),
    },
  };
};
