import type { IncomingMessage, ServerResponse } from 'node:http';
import { field, type Body } from './body.js';
import { clientCredentials } from './credentials.js';
import type { TokenFailure, TokenStyle } from './grants.js';
import { sendJson } from './responses.js';
import type { EmulatorState } from './state.js';

// Slack's `oauth.v2.access` with token rotation on (https://api.slack.com/authentication/oauth-v2,
// https://api.slack.com/authentication/rotation): HTTP 200 always, `ok` says whether it worked.
const slackTokens: TokenStyle = { accessPrefix: 'xoxe.xoxb-1-', refreshPrefix: 'xoxe-1-' };

const slackErrors: Record<TokenFailure, string> = {
  missing_code: 'invalid_code',
  invalid_code: 'invalid_code',
  code_already_used: 'code_already_used',
  bad_redirect_uri: 'bad_redirect_uri',
  bad_code_verifier: 'invalid_code',
  missing_refresh_token: 'invalid_refresh_token',
  invalid_refresh_token: 'invalid_refresh_token',
  refresh_token_reused: 'invalid_refresh_token',
};

export function slackTokenEndpoint(state: EmulatorState, req: IncomingMessage, res: ServerResponse, body: Body): void {
  state.counters.tokenRequests += 1;
  const fail = (error: string) => sendJson(res, 200, { ok: false, error });
  const { clientId, clientSecret } = clientCredentials(req, body);
  const auth = state.grants.authenticate(clientId, clientSecret);
  if (auth !== 'ok') return fail(auth === 'unknown_client' ? 'invalid_client_id' : 'bad_client_secret');

  // Slack treats a request without grant_type as a code exchange.
  const grantType = field(body, 'grant_type') ?? 'authorization_code';
  let issued;
  if (grantType === 'authorization_code') {
    const params = { code: field(body, 'code'), redirectUri: field(body, 'redirect_uri'), codeVerifier: field(body, 'code_verifier') };
    issued = state.grants.exchangeCode('slack', clientId!, params, slackTokens);
  } else if (grantType === 'refresh_token') {
    state.counters.refreshRequests += 1;
    issued = state.grants.refresh('slack', clientId!, field(body, 'refresh_token'), slackTokens);
  } else {
    return fail('invalid_grant_type');
  }
  if (typeof issued === 'string') return fail(slackErrors[issued]);
  sendJson(res, 200, {
    ok: true,
    access_token: issued.accessToken,
    token_type: 'bot',
    scope: issued.scope,
    bot_user_id: 'U0EMUBOT',
    app_id: 'A0EMU',
    team: { id: 'T0EMU', name: 'Emulator Workspace' },
    enterprise: null,
    is_enterprise_install: false,
    authed_user: { id: 'U0EMUUSER' },
    expires_in: issued.expiresIn,
    refresh_token: issued.refreshToken,
  });
}
