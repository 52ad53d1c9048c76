import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken } from './credentials.js';
import { scopeList, type AccessCheck } from './grants.js';
import { sendJson } from './responses.js';
import type { EmulatorState } from './state.js';

type Granted = Extract<AccessCheck, { ok: true }>;

/**
 * The "who am I" call each catalog integration checks its connections with, in the provider's
 * documented shape, so health checks work in demo mode too.
 */
const identities: Record<string, { method: string; path: string; answer(access: Granted): { body: unknown; headers?: Record<string, string> } }> = {
  // https://docs.github.com/en/rest/users/users#get-the-authenticated-user
  github: {
    method: 'GET',
    path: '/api/user',
    answer: (access) => ({ body: { login: 'emulator-user', id: 1, type: 'User', name: 'Emulator User' }, headers: { 'x-oauth-scopes': scopeList(access.scope).join(', ') } }),
  },
  // https://developers.notion.com/reference/get-self
  notion: { method: 'GET', path: '/api/v1/users/me', answer: () => ({ body: { object: 'user', id: 'emu-bot-1', type: 'bot', name: 'Emulator', bot: { owner: { type: 'workspace', workspace: true } } } }) },
  // https://developers.asana.com/reference/getuser
  asana: { method: 'GET', path: '/api/users/me', answer: () => ({ body: { data: { gid: '1', resource_type: 'user', name: 'Emulator User' } } }) },
  // https://developers.hubspot.com/docs/api/settings/account-information-api
  hubspot: { method: 'GET', path: '/api/account-info/v3/details', answer: () => ({ body: { portalId: 62515, accountType: 'STANDARD', timeZone: 'US/Eastern', companyCurrency: 'USD', uiDomain: 'app.hubspot.com' } }) },
  // Linear's GraphQL endpoint, for the `viewer` query only.
  linear: { method: 'POST', path: '/api/graphql', answer: () => ({ body: { data: { viewer: { id: 'emu-viewer-1' } } } }) },
};

/** Whether `rest` is the provider's identity call; answers it if so. */
export function handleIdentity(state: EmulatorState, provider: string, rest: string, req: IncomingMessage, res: ServerResponse): boolean {
  const identity = identities[provider];
  if (!identity || identity.path !== rest) return false;
  req.resume();
  if (req.method !== identity.method) {
    sendJson(res, 405, { error: 'method_not_allowed' }, { allow: identity.method });
    return true;
  }
  const access = authorizeApiCall(state, provider, req, res);
  if (!access) return true;
  const { body, headers } = identity.answer(access.granted);
  sendJson(res, 200, body, { ...access.headers, ...headers });
  return true;
}

/**
 * A protected-resource call (RFC 6750): counts it, checks the bearer token and the rate limit.
 * Answers the failure itself and returns undefined; otherwise returns the grant and the
 * rate-limit headers to send.
 */
export function authorizeApiCall(state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse): { granted: Granted; headers: Record<string, string> } | undefined {
  state.counters.apiRequests += 1;
  const token = bearerToken(req);
  const access = state.grants.checkAccessToken(token, provider);
  if (!access.ok) {
    // RFC 6750 §3.1: no error code in the challenge when the request carried no token at all.
    const challenge = token ? `Bearer error="invalid_token", error_description="The access token is ${access.reason}"` : 'Bearer';
    const body = provider === 'linear' ? { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] } : { error: 'invalid_token' };
    sendJson(res, provider === 'linear' ? 400 : 401, body, { 'www-authenticate': challenge });
    return undefined;
  }
  const limit = state.rateLimit(access.grantId);
  if (!limit.allowed) {
    sendJson(res, 429, { error: 'rate_limited' }, limit.headers);
    return undefined;
  }
  return { granted: access, headers: limit.headers };
}

/**
 * Google's tokeninfo (https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow#tokeninfo-validation):
 * the token's audience, scopes and remaining lifetime, or 400 `invalid_token`.
 */
export function tokenInfo(state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void {
  req.resume();
  const access = state.grants.checkAccessToken(query.get('access_token') ?? undefined, provider);
  if (!access.ok) return sendJson(res, 400, { error: 'invalid_token', error_description: 'Invalid Value' });
  const expiresIn = Math.max(0, Math.floor((access.expiresAt - Date.now()) / 1000));
  sendJson(res, 200, {
    azp: access.clientId,
    aud: access.clientId,
    sub: '1000000000000000001',
    scope: scopeList(access.scope).join(' '),
    exp: String(Math.floor(access.expiresAt / 1000)),
    expires_in: String(expiresIn),
    access_type: 'offline',
  });
}
