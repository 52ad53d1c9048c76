import { environmentPrefix, type IntegrationDefinition } from '@patchbay/integrations';
import { oauthConfigOf } from '../connections/oauthConfig.js';
import { ApiError } from '../http/apiError.js';
import type { Services } from '../services.js';
import { findAppOAuthClient } from './appIntegrationStore.js';

/** Where and as whom Patchbay talks to a provider, after environment and per-app overrides. */
export interface ProviderSettings {
  clientId: string | undefined;
  clientSecret: string | undefined;
  authorizationUrl: string | undefined;
  tokenUrl: string | undefined;
  /** Always ends with `/` so action paths resolve under it. */
  apiBaseUrl: string;
  /** Where health checks ask what a token grants, for integrations that have one (Google). */
  tokenInfoUrl: string | undefined;
  /** The app's own scopes, when it set its own OAuth client with scopes. */
  scopes: string[] | undefined;
  /** `<SLUG>_WEBHOOK_SECRET`: signs the provider's pushes to its app-level inbound URL (Slack's signing secret). */
  webhookSecret: string | undefined;
}

export type OAuthClientSettings = ProviderSettings & { clientId: string; clientSecret: string; authorizationUrl: string; tokenUrl: string };


/**
 * Settings from `<SLUG>_CLIENT_ID`, `<SLUG>_CLIENT_SECRET`, `<SLUG>_AUTHORIZATION_URL`,
 * `<SLUG>_TOKEN_URL`, `<SLUG>_API_BASE_URL`, `<SLUG>_TOKEN_INFO_URL` and `<SLUG>_WEBHOOK_SECRET`, falling
 * back to the provider's own endpoints.
 */
export function providerSettings(
  integration: IntegrationDefinition,
  environment: Readonly<Record<string, string | undefined>>,
): ProviderSettings {
  const prefix = environmentPrefix(integration.metadata.slug);
  const read = (name: string) => environment[`${prefix}_${name}`]?.trim() || undefined;
  const auth = oauthConfigOf(integration);
  const apiBaseUrl = read('API_BASE_URL') ?? integration.apiBaseUrl;
  return {
    clientId: read('CLIENT_ID'),
    clientSecret: read('CLIENT_SECRET'),
    authorizationUrl: read('AUTHORIZATION_URL') ?? auth?.authorizationUrl,
    tokenUrl: read('TOKEN_URL') ?? auth?.tokenUrl,
    apiBaseUrl: apiBaseUrl.endsWith('/') ? apiBaseUrl : `${apiBaseUrl}/`,
    tokenInfoUrl: read('TOKEN_INFO_URL') ?? auth?.tokenInfoUrl,
    scopes: undefined,
    webhookSecret: read('WEBHOOK_SECRET'),
  };
}

/** The platform's settings, with the app's own OAuth client (white-label) when it set one. */
export async function appProviderSettings(services: Services, appId: string, integration: IntegrationDefinition): Promise<ProviderSettings> {
  const platform = providerSettings(integration, services.config.environment);
  const own = await findAppOAuthClient(services, appId, integration.metadata.slug);
  return own ? { ...platform, clientId: own.clientId, clientSecret: own.clientSecret, scopes: own.scopes ?? undefined } : platform;
}

/** Settings with an OAuth client, or a clear error naming what to set. */
export function requireOAuthClient(integration: IntegrationDefinition, settings: ProviderSettings): OAuthClientSettings {
  const { clientId, clientSecret, authorizationUrl, tokenUrl } = settings;
  if (!clientId || !clientSecret || !authorizationUrl || !tokenUrl) {
    const prefix = environmentPrefix(integration.metadata.slug);
    throw new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'integration_not_configured',
      message: `${integration.metadata.name} has no OAuth client: set ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET on the Patchbay server, or your app's own client with PUT /api/v1/integrations/${integration.metadata.slug}/oauth-client.`,
    });
  }
  return { ...settings, clientId, clientSecret, authorizationUrl, tokenUrl };
}
