import { scopeList, type Credentials, type IntegrationDefinition } from '@patchbay/integrations';
import type { ProviderSettings } from '../integrations/providerSettings.js';
import { oauthConfigOf } from './oauthConfig.js';

/**
 * What an authorization request asks for: the app's own client scopes (or the integration's),
 * the extra ones asked for, and those the end user already granted. Asking again for what was
 * granted keeps it on providers that replace a grant's scopes on re-consent instead of adding.
 */
export function requestedScopes(integration: IntegrationDefinition, settings: Pick<ProviderSettings, 'scopes'>, extra: readonly string[] = [], granted: readonly string[] | null = null): string[] {
  const auth = oauthConfigOf(integration);
  if (!auth) return [];
  return [...new Set([...(settings.scopes ?? auth.scopes), ...extra, ...(granted ?? [])])];
}

/** Why the integration takes no extra scopes (API keys; Notion, whose access the user picks on its own screen), or undefined. */
export function noScopesReason(integration: IntegrationDefinition): string | undefined {
  const auth = oauthConfigOf(integration);
  if (!auth) return `${integration.metadata.name} connects with an API key, which has no scopes to ask for`;
  if (auth.scopes.length === 0) return `${integration.metadata.name} has no OAuth scopes; the user chooses its access on ${integration.metadata.name}'s own screen`;
  return undefined;
}

/**
 * The scopes a grant holds: those the token answer lists, else those asked for (RFC 6749 §5.1:
 * an answer without `scope` grants what was requested). Null when neither is known.
 */
export function grantedScopes(credentials: Credentials, requested: readonly string[] | null): string[] | null {
  if (credentials.type !== 'oauth2') return null;
  const listed = scopeList(credentials.scope);
  if (listed && listed.length > 0) return listed;
  return requested && requested.length > 0 ? [...requested] : null;
}
