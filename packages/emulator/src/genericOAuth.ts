import type { IncomingMessage, ServerResponse } from 'node:http';
import { decide, showConsent, type AuthorizationEndpoint } from './authorize.js';
import { field, readBody, type Body } from './body.js';
import { clientCredentials } from './credentials.js';
import { authorizeApiCall, handleIdentity, tokenInfo } from './identity.js';
import type { TokenFailure } from './grants.js';
import { sendJson } from './responses.js';
import type { EmulatorState } from './state.js';

// A plain RFC 6749 authorization server, with RFC 7009 revocation and a `/api/me` resource, for any
// provider name: `/{provider}/oauth/…`, `/{provider}/api/me`.

const tokenErrors: Record<TokenFailure, { error: string; description: string }> = {
  missing_code: { error: 'invalid_request', description: 'code is required' },
  invalid_code: { error: 'invalid_grant', description: 'The authorization code is invalid, expired, or issued to another client' },
  code_already_used: { error: 'invalid_grant', description: 'The authorization code was already used; the tokens it issued are revoked' },
  bad_redirect_uri: { error: 'invalid_grant', description: 'redirect_uri does not match the authorization request' },
  bad_code_verifier: { error: 'invalid_grant', description: 'code_verifier does not match the code_challenge' },
  missing_refresh_token: { error: 'invalid_request', description: 'refresh_token is required' },
  invalid_refresh_token: { error: 'invalid_grant', description: 'The refresh token is invalid, revoked, or issued to another client' },
  refresh_token_reused: { error: 'invalid_grant', description: 'The refresh token was already used; the grant is revoked' },
};

type Route = (state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void | Promise<void>;

const routes: Record<string, { method: string; handle: Route }> = {
  '/oauth/authorize': {
    method: 'GET',
    handle: (state, provider, _req, res, query) => {
      state.counters.authorizeRequests += 1;
      showConsent(state.grants, endpointOf(state, provider), Object.fromEntries(query), res);
    },
  },
  '/oauth/authorize/decision': {
    method: 'POST',
    handle: async (state, provider, req, res) => decide(state.grants, endpointOf(state, provider), await readBody(req), res),
  },
  '/oauth/token': { method: 'POST', handle: tokenEndpoint },
  '/oauth/revoke': { method: 'POST', handle: revocationEndpoint },
  '/oauth/tokeninfo': { method: 'GET', handle: tokenInfo },
  '/api/me': { method: 'GET', handle: me },
};

export async function handleGenericProvider(
  state: EmulatorState,
  provider: string,
  rest: string,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
): Promise<void> {
  if (handleIdentity(state, provider, rest, req, res)) return;
  const route = Object.hasOwn(routes, rest) ? routes[rest] : undefined;
  if (!route) return void (req.resume(), sendJson(res, 404, { error: 'not_found' }));
  if (req.method !== route.method) return void (req.resume(), sendJson(res, 405, { error: 'method_not_allowed' }, { allow: route.method }));
  await route.handle(state, provider, req, res, query);
}

function endpointOf(state: EmulatorState, provider: string): AuthorizationEndpoint {
  return {
    provider,
    resource: `your Emulator ${displayName(provider)} account`,
    decisionPath: `/${provider}/oauth/authorize/decision`,
    requireResponseType: true,
    autoApprove: state.autoApprove,
  };
}

/** `google-sheets` → `Google Sheets`. */
function displayName(provider: string): string {
  return provider
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** RFC 6749 §5.2 error answer; invalid_client is a 401 with a challenge, as §5.2 asks when Basic was tried. */
function oauthError(res: ServerResponse, error: string, description: string): void {
  const unauthorized = error === 'invalid_client';
  sendJson(res, unauthorized ? 401 : 400, { error, error_description: description }, unauthorized ? { 'www-authenticate': 'Basic realm="emulator"' } : {});
}

/** The client, authenticated by client_secret_basic or client_secret_post, or undefined once the error is sent. */
function authenticatedClient(state: EmulatorState, req: IncomingMessage, res: ServerResponse, body: Body): string | undefined {
  const credentials = clientCredentials(req, body);
  // RFC 6749 §2.3: a client must not use more than one authentication method per request.
  if (credentials.basic && field(body, 'client_secret')) return void oauthError(res, 'invalid_request', 'Use HTTP Basic or client_secret in the body, not both');
  if (state.grants.authenticate(credentials.clientId, credentials.clientSecret) !== 'ok') {
    return void oauthError(res, 'invalid_client', 'Client authentication failed');
  }
  return credentials.clientId;
}

async function tokenEndpoint(state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  state.counters.tokenRequests += 1;
  const body = await readBody(req);
  const clientId = authenticatedClient(state, req, res, body);
  if (!clientId) return;
  const style = { accessPrefix: `emu_${provider}_at_`, refreshPrefix: `emu_${provider}_rt_` };
  const grantType = field(body, 'grant_type');
  let issued;
  if (grantType === 'authorization_code') {
    const params = { code: field(body, 'code'), redirectUri: field(body, 'redirect_uri'), codeVerifier: field(body, 'code_verifier') };
    issued = state.grants.exchangeCode(provider, clientId, params, style);
  } else if (grantType === 'refresh_token') {
    state.counters.refreshRequests += 1;
    issued = state.grants.refresh(provider, clientId, field(body, 'refresh_token'), style);
  } else if (grantType) {
    return oauthError(res, 'unsupported_grant_type', 'Only authorization_code and refresh_token are supported');
  } else {
    return oauthError(res, 'invalid_request', 'grant_type is required');
  }
  if (typeof issued === 'string') return oauthError(res, tokenErrors[issued].error, tokenErrors[issued].description);
  sendJson(
    res,
    200,
    { access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn, refresh_token: issued.refreshToken, scope: issued.scope },
    { pragma: 'no-cache' },
  );
}

/** RFC 7009: 200 whether or not the token was known, so the answer reveals nothing. */
async function revocationEndpoint(state: EmulatorState, _provider: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const clientId = authenticatedClient(state, req, res, body);
  if (!clientId) return;
  const token = field(body, 'token');
  if (!token) return oauthError(res, 'invalid_request', 'token is required');
  state.grants.revokeByToken(token, clientId);
  sendJson(res, 200, {});
}

/** A protected resource (RFC 6750): who the token's user is. */
function me(state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  const access = authorizeApiCall(state, provider, req, res);
  if (access) sendJson(res, 200, { id: 'user_emu_1', name: 'Emulator User', email: 'user@emulator.local', provider }, access.headers);
}
