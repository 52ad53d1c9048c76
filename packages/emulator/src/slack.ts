import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from './state.js';
import { decide, showConsent } from './consent.js';
import { basicCredentials, bearerToken, field, readBody, sendJson } from './http.js';

// Mirrors Slack's documented shapes: always HTTP 200, `ok` says whether it worked.
// https://api.slack.com/authentication/oauth-v2 · https://api.slack.com/methods/chat.postMessage
const channels = [
  { id: 'C0EMU0GEN', name: 'general' },
  { id: 'C0EMU0RND', name: 'random' },
];
const users = [{ id: 'U0EMUUSER', name: 'emulator.user', real_name: 'Emulator User', profile: { email: 'user@emulator.local' } }];

const ok = (res: ServerResponse, body: Record<string, unknown>) => sendJson(res, 200, { ok: true, ...body });
const fail = (res: ServerResponse, error: string) => sendJson(res, 200, { ok: false, error });

export async function handleSlack(state: EmulatorState, path: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
  const consent = { provider: 'slack', providerName: 'Slack', decisionPath: '/slack/oauth/v2/authorize/decision', autoApprove: state.autoApprove };
  if (path === '/slack/oauth/v2/authorize' && req.method === 'GET') {
    state.counters.authorizeRequests += 1;
    return showConsent(state.grants, consent, query, res);
  }
  if (path === '/slack/oauth/v2/authorize/decision' && req.method === 'POST') return decide(state.grants, 'slack', await readBody(req), res);
  if (!path.startsWith('/slack/api/')) return sendJson(res, 404, { error: 'not_found' });

  const body = { ...Object.fromEntries(query), ...(req.method === 'POST' ? await readBody(req) : {}) };
  const method = path.slice('/slack/api/'.length);
  if (method === 'oauth.v2.access') return token(state, req, res, body);

  state.counters.apiRequests += 1;
  const access = state.grants.checkAccessToken(bearerToken(req, body), 'slack');
  if (!access.ok) {
    const reason = { invalid: 'invalid_auth', expired: 'token_expired', revoked: 'token_revoked' }[access.reason];
    return fail(res, bearerToken(req, body) ? reason : 'not_authed');
  }
  switch (method) {
    case 'chat.postMessage':
      return postMessage(state, res, body);
    case 'conversations.list':
      return ok(res, { channels: channels.map((c) => ({ ...c, is_channel: true, is_private: false, is_member: true })), response_metadata: { next_cursor: '' } });
    case 'users.lookupByEmail': {
      const user = users.find((u) => u.profile.email === field(body, 'email'));
      return user ? ok(res, { user }) : fail(res, 'users_not_found');
    }
    case 'auth.test':
      return ok(res, { url: 'https://emulator.slack.local/', team: 'Emulator Workspace', user: 'emulator.bot', team_id: 'T0EMU', user_id: 'U0EMUBOT', bot_id: 'B0EMU' });
    case 'auth.revoke':
      state.grants.revokeByToken(bearerToken(req, body)!);
      return ok(res, { revoked: true });
    default:
      return fail(res, 'unknown_method');
  }
}

function token(state: EmulatorState, req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) {
  state.counters.tokenRequests += 1;
  const basic = basicCredentials(req);
  const clientId = basic?.clientId ?? field(body, 'client_id');
  const auth = state.grants.authenticate(clientId, basic?.clientSecret ?? field(body, 'client_secret'));
  if (auth !== 'ok') return fail(res, auth === 'unknown_client' ? 'invalid_client_id' : 'bad_client_secret');
  const grantType = field(body, 'grant_type') ?? 'authorization_code';
  let issued;
  if (grantType === 'authorization_code') {
    issued = state.grants.exchangeCode('slack', clientId!, field(body, 'code'), field(body, 'redirect_uri'), field(body, 'code_verifier'), 'xoxe.xoxb-');
  } else if (grantType === 'refresh_token') {
    state.counters.refreshRequests += 1;
    issued = state.grants.refresh('slack', clientId!, field(body, 'refresh_token'), 'xoxe.xoxb-');
  } else {
    return fail(res, 'invalid_grant_type');
  }
  if (typeof issued === 'string') {
    // Slack's own codes for the RFC 6749 failures (https://api.slack.com/methods/oauth.v2.access#errors).
    const slackCodes: Record<string, string> = {
      invalid_grant: grantType === 'refresh_token' ? 'invalid_refresh_token' : 'invalid_code',
      code_already_used: 'invalid_code',
      refresh_token_reused: 'invalid_refresh_token',
    };
    return fail(res, slackCodes[issued] ?? issued);
  }
  return ok(res, {
    access_token: issued.accessToken,
    token_type: 'bot',
    scope: issued.scope,
    bot_user_id: 'U0EMUBOT',
    app_id: 'A0EMU',
    team: { id: 'T0EMU', name: 'Emulator Workspace' },
    enterprise: null,
    authed_user: { id: 'U0EMUUSER' },
    expires_in: issued.expiresIn,
    refresh_token: issued.refreshToken,
  });
}

function postMessage(state: EmulatorState, res: ServerResponse, body: Record<string, unknown>) {
  const requested = field(body, 'channel')?.replace(/^#/, '');
  const channel = channels.find((c) => c.id === requested || c.name === requested);
  if (!channel) return fail(res, 'channel_not_found');
  const text = field(body, 'text');
  if (!text) return fail(res, 'no_text');
  if (text.length > 40_000) return fail(res, 'msg_too_long');
  const ts = state.nextTs();
  const threadTs = field(body, 'thread_ts');
  state.messages.push({ channel: channel.id, text, ts, user: 'U0EMUBOT', ...(threadTs ? { threadTs } : {}) });
  return ok(res, { channel: channel.id, ts, message: { type: 'message', text, user: 'U0EMUBOT', ts, bot_id: 'B0EMU' } });
}
