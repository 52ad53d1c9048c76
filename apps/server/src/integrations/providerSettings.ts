import type { IntegrationDefinition } from '@patchbay/integrations';
import { ApiError } from '../http/apiError.js';

/** Where and as whom Patchbay talks to a provider, after environment overrides. */
export interface ProviderSettings {
  clientId: string | undefined;
  clientSecret: string | undefined;
  authorizationUrl: string;
  tokenUrl: string;
  /** Always ends with `/` so action paths resolve under it. */
  apiBaseUrl: string;
}

/** `google-sheets` → `GOOGLE_SHEETS`, the prefix of the integration's environment variables. */
export function environmentPrefix(slug: string): string {
  return slug.toUpperCase().replaceAll('-', '_');
}

/**
 * Settings from `<SLUG>_CLIENT_ID`, `<SLUG>_CLIENT_SECRET`, `<SLUG>_AUTHORIZATION_URL`,
 * `<SLUG>_TOKEN_URL` and `<SLUG>_API_BASE_URL`, falling back to the provider's own endpoints.
 */
export function providerSettings(
  integration: IntegrationDefinition,
  environment: Readonly<Record<string, string | undefined>>,
): ProviderSettings {
  const prefix = environmentPrefix(integration.metadata.slug);
  const read = (name: string) => environment[`${prefix}_${name}`]?.trim() || undefined;
  const apiBaseUrl = read('API_BASE_URL') ?? integration.apiBaseUrl;
  return {
    clientId: read('CLIENT_ID'),
    clientSecret: read('CLIENT_SECRET'),
    authorizationUrl: read('AUTHORIZATION_URL') ?? integration.auth.authorizationUrl,
    tokenUrl: read('TOKEN_URL') ?? integration.auth.tokenUrl,
    apiBaseUrl: apiBaseUrl.endsWith('/') ? apiBaseUrl : `${apiBaseUrl}/`,
  };
}

/** Settings with an OAuth client, or a clear error naming the variables to set. */
export function requireOAuthClient(
  integration: IntegrationDefinition,
  environment: Readonly<Record<string, string | undefined>>,
): ProviderSettings & { clientId: string; clientSecret: string } {
  const settings = providerSettings(integration, environment);
  if (!settings.clientId || !settings.clientSecret) {
    const prefix = environmentPrefix(integration.metadata.slug);
    throw new ApiError({
      status: 400,
      type: 'invalid_request_error',
      code: 'integration_not_configured',
      message: `${integration.metadata.name} has no OAuth client: set ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET on the Patchbay server.`,
    });
  }
  return { ...settings, clientId: settings.clientId, clientSecret: settings.clientSecret };
}
