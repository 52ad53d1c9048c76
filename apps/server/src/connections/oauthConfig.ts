import type { IntegrationDefinition, OAuth2Config } from '@patchbay/integrations';

export function oauthConfigOf(integration: IntegrationDefinition): OAuth2Config | undefined {
  return integration.auth.type === 'oauth2' ? integration.auth : undefined;
}
