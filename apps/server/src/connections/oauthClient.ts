import type { IntegrationDefinition, OAuth2Config, OAuth2Credentials } from '@patchbay/integrations';
import { oauthConfigOf } from './oauthConfig.js';
import * as oauth from 'oauth4webapi';
import type { OAuthClientSettings } from '../integrations/providerSettings.js';

type ClientSettings = OAuthClientSettings;

/** A token endpoint answered with an error; `code` is the provider's (RFC 6749 §5.2 or its own). */
export class TokenRequestError extends Error {
  override name = 'TokenRequestError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** The grant itself is gone (RFC 6749 §5.2 `invalid_grant`, Slack's invalid_refresh_token…): retrying cannot help. */
  get permanent(): boolean {
    return ['invalid_grant', 'invalid_refresh_token', 'token_revoked', 'token_expired', 'invalid_code', 'unauthorized_client'].includes(this.code);
  }
}

function describe(settings: ClientSettings): { as: oauth.AuthorizationServer; client: oauth.Client } {
  return {
    as: { issuer: new URL(settings.authorizationUrl).origin, authorization_endpoint: settings.authorizationUrl, token_endpoint: settings.tokenUrl },
    client: { client_id: settings.clientId },
  };
}

function authOf(integration: IntegrationDefinition): OAuth2Config {
  const auth = oauthConfigOf(integration);
  if (!auth) throw new Error(`${integration.metadata.slug} does not use OAuth 2.0`);
  return auth;
}

function clientAuthentication(integration: IntegrationDefinition, settings: ClientSettings): oauth.ClientAuth {
  return authOf(integration).tokenEndpointAuthMethod === 'client_secret_basic'
    ? oauth.ClientSecretBasic(settings.clientSecret)
    : oauth.ClientSecretPost(settings.clientSecret);
}

function requestOptions(settings: ClientSettings) {
  // Plain http is only ever accepted for loopback emulators and test servers.
  const host = new URL(settings.tokenUrl).hostname;
  const loopback = host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  return { [oauth.allowInsecureRequests]: loopback, signal: AbortSignal.timeout(15_000) };
}

export interface AuthorizationRequest {
  url: string;
  codeVerifier: string | undefined;
}

export async function buildAuthorizationUrl(
  integration: IntegrationDefinition,
  settings: ClientSettings,
  redirectUri: string,
  state: string,
  scopes: readonly string[],
): Promise<AuthorizationRequest> {
  const url = new URL(settings.authorizationUrl);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', redirectUri);
  const auth = authOf(integration);
  url.searchParams.set('scope', scopes.join(auth.scopeSeparator));
  url.searchParams.set('state', state);
  for (const [name, value] of Object.entries(auth.authorizationParams ?? {})) url.searchParams.set(name, value);
  if (!auth.pkce) return { url: url.toString(), codeVerifier: undefined };
  const codeVerifier = oauth.generateRandomCodeVerifier();
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.toString(), codeVerifier };
}

/** Providers like Slack answer token errors with 200 `{ ok: false }`: surface those first. */
async function rejectBodyError(integration: IntegrationDefinition, response: Response): Promise<void> {
  const auth = authOf(integration);
  if (!auth.tokenErrorFromBody || !response.ok) return;
  const body = (await response.clone().json().catch(() => ({}))) as Record<string, unknown>;
  const code = auth.tokenErrorFromBody(body);
  if (code) throw new TokenRequestError(code, `${integration.metadata.name} refused the token request: ${code}`);
}

// HubSpot lists the granted scopes as an array, `scopes`, instead of RFC 6749's `scope` string.
function toCredentials(result: oauth.TokenEndpointResponse): OAuth2Credentials {
  return {
    type: 'oauth2',
    accessToken: result.access_token,
    ...(result.refresh_token ? { refreshToken: result.refresh_token } : {}),
    ...(result.expires_in ? { expiresAt: new Date(Date.now() + result.expires_in * 1000).toISOString() } : {}),
    ...(result.scope ? { scope: result.scope } : Array.isArray(result.scopes) ? { scope: result.scopes.join(' ') } : {}),
  };
}

function processingOptions(integration: IntegrationDefinition) {
  const accept = () => {};
  return { recognizedTokenTypes: Object.fromEntries((authOf(integration).extraTokenTypes ?? []).map((type) => [type, accept])) };
}

async function process(
  integration: IntegrationDefinition,
  send: () => Promise<Response>,
  handle: (response: Response) => Promise<oauth.TokenEndpointResponse>,
): Promise<OAuth2Credentials> {
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    throw new TokenRequestError('provider_unreachable', `${integration.metadata.name} could not be reached: ${(error as Error).message}`);
  }
  await rejectBodyError(integration, response);
  try {
    return toCredentials(await handle(response));
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) {
      throw new TokenRequestError(error.error, `${integration.metadata.name} refused the token request: ${error.error}`);
    }
    throw new TokenRequestError('invalid_token_response', `${integration.metadata.name} answered the token request unexpectedly.`);
  }
}

/** RFC 6749 §4.1.3 code exchange, with the PKCE verifier when one was sent. */
export async function exchangeCode(
  integration: IntegrationDefinition,
  settings: ClientSettings,
  code: string,
  redirectUri: string,
  codeVerifier: string | undefined,
): Promise<OAuth2Credentials> {
  const { as, client } = describe(settings);
  const callbackParameters = oauth.validateAuthResponse(as, client, new URLSearchParams({ code }), oauth.skipStateCheck);
  return process(
    integration,
    () =>
      oauth.authorizationCodeGrantRequest(
        as,
        client,
        clientAuthentication(integration, settings),
        callbackParameters,
        redirectUri,
        codeVerifier ?? oauth.nopkce,
        requestOptions(settings),
      ),
    (response) => oauth.processAuthorizationCodeResponse(as, client, response, processingOptions(integration)),
  );
}

/** RFC 6749 §6 refresh. Providers that rotate refresh tokens return a new one. */
export async function refreshTokens(
  integration: IntegrationDefinition,
  settings: ClientSettings,
  refreshToken: string,
): Promise<OAuth2Credentials> {
  const { as, client } = describe(settings);
  const credentials = await process(
    integration,
    () => oauth.refreshTokenGrantRequest(as, client, clientAuthentication(integration, settings), refreshToken, requestOptions(settings)),
    (response) => oauth.processRefreshTokenResponse(as, client, response, processingOptions(integration)),
  );
  // Providers that do not rotate keep the old refresh token valid (RFC 6749 §6).
  return credentials.refreshToken ? credentials : { ...credentials, refreshToken };
}
