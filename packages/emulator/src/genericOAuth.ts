import type { IncomingMessage, ServerResponse } from 'node:http';
import { decide, showConsent } from './consent.js';
import type { TokenFailure } from './grants.js';
import { basicCredentials, bearerToken, field, readBody, sendJson } from './http.js';
import type { EmulatorState } from './state.js';

// A plain RFC 6749 authorization server for any provider name: `/{provider}/oauth/…`.
const tokenErrors: Record<TokenFailure, { error: string; description: string }> = {
  invalid_client: { error: 'invalid_client', description: 'Client authentication failed' },
  invalid_grant: { error: 'invalid_grant', description: 'The code or refresh token is invalid or expired' },
  invalid_request: { error: 'invalid_request', description: 'The request is missing a parameter' },
  unsupported_grant_type: { error: 'unsupported_grant_type', description: 'Only authorization_code and refresh_token' },
  code_already_used: { error: 'invalid_grant', description: 'The code was already used; its tokens are revoked' },
  bad_redirect_uri: { error: 'invalid_grant', description: 'redirect_uri does not match the authorization request' },
  refresh_token_reused: { error: 'invalid_grant', description: 'The refresh token was already used; the grant is revoked' },
};

export async function handleGenericProvider(
  state: EmulatorState,
  provider: string,
  rest: string,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
): Promise<void> {
  const name = provider.charAt(0).toUpperCase() + provider.slice(1);
  const consent = { provider, providerName: name, decisionPath: `/${provider}/oauth/authorize/decision`, autoApprove: state.autoApprove };
  if (rest === '/oauth/authorize' && req.method === 'GET') {
    state.counters.authorizeRequests += 1;
    return showConsent(state.grants, consent, query, res);
  }
  if (rest === '/oauth/authorize/decision' && req.method === 'POST') return decide(state.grants, provider, await readBody(req), res);
  if (rest === '/oauth/token' && req.method === 'POST') return token(state, provider, req, res);
  if (rest === '/oauth/revoke' && req.method === 'POST') {
    const body = await readBody(req);
    const tokenValue = field(body, 'token');
    if (tokenValue) state.grants.revokeByToken(tokenValue);
    return sendJson(res, 200, {});
  }
  if (rest === '/api/me' && req.method === 'GET') {
    state.counters.apiRequests += 1;
    const access = state.grants.checkAccessToken(bearerToken(req, {}), provider);
    if (!access.ok) {
      return sendJson(res, 401, { error: 'invalid_token' }, { 'www-authenticate': `Bearer error="invalid_token", error_description="token ${access.reason}"` });
    }
    return sendJson(res, 200, { id: 'user_emu_1', name: 'Emulator User', email: 'user@emulator.local', provider });
  }
  sendJson(res, 404, { error: 'not_found' });
}

async function token(state: EmulatorState, provider: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  state.counters.tokenRequests += 1;
  const body = await readBody(req);
  const basic = basicCredentials(req);
  const clientId = basic?.clientId ?? field(body, 'client_id');
  const fail = (failure: TokenFailure, status = 400) => {
    const { error, description } = tokenErrors[failure];
    sendJson(res, status, { error, error_description: description });
  };
  if (state.grants.authenticate(clientId, basic?.clientSecret ?? field(body, 'client_secret')) !== 'ok') return fail('invalid_client', 401);
  const grantType = field(body, 'grant_type');
  let issued;
  if (grantType === 'authorization_code') {
    issued = state.grants.exchangeCode(provider, clientId!, field(body, 'code'), field(body, 'redirect_uri'), field(body, 'code_verifier'), `emu_${provider}_`);
  } else if (grantType === 'refresh_token') {
    state.counters.refreshRequests += 1;
    issued = state.grants.refresh(provider, clientId!, field(body, 'refresh_token'), `emu_${provider}_`);
  } else {
    return fail(grantType ? 'unsupported_grant_type' : 'invalid_request');
  }
  if (typeof issued === 'string') return fail(issued);
  sendJson(res, 200, {
    access_token: issued.accessToken,
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    refresh_token: issued.refreshToken,
    scope: issued.scope,
  });
}
