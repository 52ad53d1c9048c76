import type { z } from 'zod';
import type { RateLimitReader } from './rateLimits.js';
import type { ProviderWebhooks, TriggerDefinition } from './triggers.js';

export type AuthType = 'oauth2' | 'api_key' | 'basic';

export interface IntegrationMetadata {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: string;
  /** The SVG markup of the integration's icon. */
  icon: string;
  version: string;
  authType: AuthType;
}

export interface OAuth2Config {
  type: 'oauth2';
  authorizationUrl: string;
  tokenUrl: string;
  scopes: string[];
  /** How the provider joins scopes in the authorization URL. */
  scopeSeparator: ' ' | ',';
  /** Whether the provider accepts PKCE (RFC 7636, S256). */
  pkce: boolean;
  tokenEndpointAuthMethod: 'client_secret_post' | 'client_secret_basic';
  /**
   * Providers that report token errors with a 2xx answer (Slack: `{ ok: false, error }`) tell
   * us here; the returned string is the provider's error code.
   */
  tokenErrorFromBody?: (body: Record<string, unknown>) => string | undefined;
  /** `token_type` values besides RFC 6750's `bearer` that the provider issues (Slack: `bot`). */
  extraTokenTypes?: string[];
  /** Extra authorization-request parameters (Google: `access_type=offline`, `prompt=consent`). */
  authorizationParams?: Record<string, string>;
  /** Whether the provider issues refresh tokens at all (Notion does not). */
  refreshable: boolean;
  /**
   * Where the provider says what an access token grants (Google's tokeninfo), for health checks
   * whose API has no cheap "who am I" call; overridable like the other URLs (`<SLUG>_TOKEN_INFO_URL`).
   */
  tokenInfoUrl?: string;
  /** RFC 7009-style revocation, where the provider offers one; called when a connection is deleted. */
  revoke?: (credentials: OAuth2Credentials, context: RevokeContext) => Promise<void>;
}

export interface RevokeContext {
  /** fetch bound to the provider's API base URL, with the credentials injected. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface CredentialField {
  name: string;
  label: string;
  /** Shown masked and never returned by the API. */
  secret: boolean;
  placeholder?: string;
}

/** Integrations the end user connects by pasting a key (or user name and password). */
export interface ApiKeyConfig {
  type: 'api_key' | 'basic';
  fields: CredentialField[];
  /** Where to find the key, shown next to the form. */
  instructions: string;
}

export type IntegrationAuth = OAuth2Config | ApiKeyConfig;

export interface OAuth2Credentials {
  type: 'oauth2';
  accessToken: string;
  refreshToken?: string;
  /** ISO 8601; absent when the token does not expire. */
  expiresAt?: string;
  scope?: string;
}

export interface ApiKeyCredentials {
  type: 'api_key';
  apiKey: string;
}

export interface BasicCredentials {
  type: 'basic';
  username: string;
  password: string;
}

export type Credentials = OAuth2Credentials | ApiKeyCredentials | BasicCredentials;

export interface ActionLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface ActionContext {
  /** fetch bound to the provider's API base URL, with the connection's credentials injected. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  logger: ActionLogger;
  endUser: { id: string; email: string | null; name: string | null };
  signal: AbortSignal;
}

/**
 * What running an action does to the end user's account: `read` changes nothing, `write` creates
 * or changes data, `delete` removes it. Agents are told (MCP tool annotations, tool descriptions)
 * so a client can ask the user before anything is changed.
 */
export type ActionEffect = 'read' | 'write' | 'delete';

/**
 * A scope an action needs, in the provider's own words; a list means any one of them will do
 * (`['https://www.googleapis.com/auth/spreadsheets.readonly', 'https://www.googleapis.com/auth/spreadsheets']`).
 */
export type ScopeRequirement = string | readonly string[];

export interface ActionDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: string;
  name: string;
  description: string;
  effect: ActionEffect;
  input: I;
  output: O;
  /**
   * Scopes the provider requires for this action. When the scopes a connection was granted are
   * known and one is missing, the action fails with `missing_scopes` before calling the provider.
   */
  scopes?: readonly ScopeRequirement[];
  execute(input: z.output<I>, credentials: Credentials, context: ActionContext): Promise<z.input<O>>;
}

export interface HealthCheckContext {
  /** fetch bound to the provider's API base URL, with the connection's credentials injected. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The integration's `tokenInfoUrl` after overrides, for checks that ask it. */
  tokenInfoUrl: string | undefined;
  signal: AbortSignal;
}

export interface HealthCheckResult {
  /** The scopes the provider says the credentials hold right now, when it says. */
  scopes?: string[];
}

/**
 * One cheap, documented provider call proving the credentials still work. Throws an ActionError:
 * `unauthorized` when the provider no longer accepts them (the end user must connect again),
 * anything else when the provider is in trouble.
 */
export type HealthCheck = (credentials: Credentials, context: HealthCheckContext) => Promise<HealthCheckResult>;

export interface IntegrationDefinition<A extends readonly ActionDefinition[] = readonly ActionDefinition[]> {
  metadata: IntegrationMetadata;
  auth: IntegrationAuth;
  /** The provider's API base URL; `context.fetch` paths are relative to it. */
  apiBaseUrl: string;
  /** How the provider wants the access token sent. */
  authorizeRequest(headers: Headers, credentials: Credentials): void;
  /** Run hourly per connection, after a 401, and before API-key credentials are stored. */
  healthCheck: HealthCheck;
  /** The provider's rate-limit headers, when it has its own (the common ones are read by default). */
  readRateLimit?: RateLimitReader;
  actions: A;
  /** What Patchbay can listen to in the end user's account; empty when nothing. */
  triggers: readonly TriggerDefinition[];
  /** How the provider pushes events, for integrations with webhook triggers. */
  webhooks?: ProviderWebhooks;
}

export function defineAction<I extends z.ZodType, O extends z.ZodType>(
  action: ActionDefinition<I, O>,
): ActionDefinition<I, O> {
  return action;
}

export function defineIntegration<const A extends readonly ActionDefinition[]>(
  integration: Omit<IntegrationDefinition<A>, 'triggers'> & { triggers?: readonly TriggerDefinition[] },
): IntegrationDefinition<A> {
  const { slug } = integration.metadata;
  const triggers = integration.triggers ?? [];
  for (const [what, ids] of [['action', integration.actions.map((action) => action.id)], ['trigger', triggers.map((trigger) => trigger.id)]] as const) {
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) throw new Error(`${slug}: duplicate ${what} ${duplicate}`);
  }
  const { webhooks } = integration;
  if (triggers.some((trigger) => trigger.kind === 'webhook') && !webhooks) throw new Error(`${slug}: webhook triggers need \`webhooks\``);
  if (webhooks?.routing === 'app' && !webhooks.routingKey) throw new Error(`${slug}: app-routed webhooks need routingKey`);
  if (webhooks?.routing === 'subscription' && !(webhooks.register && webhooks.unregister)) throw new Error(`${slug}: per-subscription webhooks need register and unregister`);
  return { ...integration, triggers };
}

/** Sends the access token or API key as an RFC 6750 bearer token, which most providers expect. */
export function bearerToken(headers: Headers, credentials: Credentials): void {
  if (credentials.type === 'basic') {
    basicAuth(headers, credentials);
    return;
  }
  headers.set('authorization', `Bearer ${credentials.type === 'oauth2' ? credentials.accessToken : credentials.apiKey}`);
}

/** HTTP Basic (RFC 7617); an API key goes in as the user name with an empty password (Stripe). */
export function basicAuth(headers: Headers, credentials: Credentials): void {
  const [user, password] =
    credentials.type === 'basic' ? [credentials.username, credentials.password] : [credentials.type === 'api_key' ? credentials.apiKey : credentials.accessToken, ''];
  headers.set('authorization', `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
}
