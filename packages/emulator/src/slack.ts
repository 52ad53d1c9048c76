import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decide, showConsent, type AuthorizationEndpoint } from './authorize.js';
import { BadRequest, field, readBody, type Body } from './body.js';
import { bearerToken } from './credentials.js';
import { scopeList } from './grants.js';
import { sendJson } from './responses.js';
import { pushInBackground, type PushAnswer } from './push.js';
import { emitSlackEvent } from './slackEvents.js';
import { slackTokenEndpoint } from './slackOAuth.js';
import type { EmulatorState } from './state.js';

// Mirrors Slack's documented shapes: HTTP 200 always, `ok` says whether it worked.
// https://api.slack.com/web · https://api.slack.com/methods/chat.postMessage
const channels = [
  { id: 'C0EMU0GEN', name: 'general' },
  { id: 'C0EMU0RND', name: 'random' },
];
const users = [
  {
    id: 'U0EMUUSER',
    team_id: 'T0EMU',
    name: 'emulator.user',
    real_name: 'Emulator User',
    is_bot: false,
    profile: { email: 'user@emulator.local', real_name: 'Emulator User', display_name: 'emulator.user' },
  },
];
const maxTextLength = 40_000;

type Reply = { ok: true } & Record<string, unknown>;
type Method = (state: EmulatorState, body: Body, token: string) => Reply | string;

const methods: Record<string, Method> = {
  'chat.postMessage': postMessage,
  'conversations.list': () => ({
    ok: true,
    channels: channels.map((channel) => ({ ...channel, is_channel: true, is_private: false, is_member: true })),
    response_metadata: { next_cursor: '' },
  }),
  'users.lookupByEmail': (_state, body) => {
    const email = field(body, 'email');
    if (!email) return 'invalid_arguments';
    const user = users.find((candidate) => candidate.profile.email === email.toLowerCase());
    return user ? { ok: true, user } : 'users_not_found';
  },
  'auth.test': () => ({
    ok: true,
    url: 'https://emulator-workspace.slack.com/',
    team: 'Emulator Workspace',
    user: 'patchbay-demo',
    team_id: 'T0EMU',
    user_id: 'U0EMUBOT',
    bot_id: 'B0EMU',
    is_enterprise_install: false,
  }),
  'auth.revoke': (state, _body, token) => {
    state.grants.revokeByToken(token);
    return { ok: true, revoked: true };
  },
};

// The scope each method needs (its page on api.slack.com, "Required scopes"); auth.* need none.
const requiredScopes: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'conversations.list': 'channels:read',
  'users.lookupByEmail': 'users:read.email',
};

const tokenErrors = { invalid: 'invalid_auth', expired: 'token_expired', revoked: 'token_revoked' } as const;

export async function handleSlack(state: EmulatorState, path: string, req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const endpoint: AuthorizationEndpoint = {
    provider: 'slack',
    resource: 'the Emulator Slack workspace',
    decisionPath: '/slack/oauth/v2/authorize/decision',
    requireResponseType: false,
    autoApprove: state.autoApprove,
  };
  if (path === '/slack/oauth/v2/authorize' && req.method === 'GET') {
    state.counters.authorizeRequests += 1;
    return showConsent(state.grants, endpoint, Object.fromEntries(query), res);
  }
  if (path === '/slack/oauth/v2/authorize/decision' && req.method === 'POST') return decide(state.grants, endpoint, await readBody(req), res);

  const name = path.startsWith('/slack/api/') ? path.slice('/slack/api/'.length) : undefined;
  if (name !== 'oauth.v2.access' && (name === undefined || !Object.hasOwn(methods, name))) {
    req.resume();
    return sendJson(res, 404, { ok: false, error: 'unknown_method' });
  }
  // Slack takes arguments from the query string and from a JSON or form body alike.
  const body = { ...Object.fromEntries(query), ...(req.method === 'POST' ? await readBody(req) : {}) };
  if (name === 'oauth.v2.access') return slackTokenEndpoint(state, req, res, body);

  state.counters.apiRequests += 1;
  const token = bearerToken(req, body);
  const access = state.grants.checkAccessToken(token, 'slack');
  if (!token || !access.ok) return sendJson(res, 200, { ok: false, error: token && !access.ok ? tokenErrors[access.reason] : 'not_authed' });
  // https://api.slack.com/docs/rate-limits: a 429 with Retry-After past the method's tier.
  const limit = state.rateLimit(access.grantId);
  if (!limit.allowed) return sendJson(res, 429, { ok: false, error: 'ratelimited' }, limit.headers);
  // Every answer lists the token's scopes (https://api.slack.com/authentication/oauth-v2#asking).
  const granted = scopeList(access.scope);
  const headers = { ...limit.headers, 'x-oauth-scopes': granted.join(',') };
  const needed = requiredScopes[name];
  if (needed && !granted.includes(needed)) return sendJson(res, 200, { ok: false, error: 'missing_scope', needed, provided: granted.join(',') }, headers);
  const reply = methods[name]!(state, body, token);
  sendJson(res, 200, typeof reply === 'string' ? { ok: false, error: reply } : reply, headers);
}

function postMessage(state: EmulatorState, body: Body): Reply | string {
  const requested = field(body, 'channel')?.replace(/^#/, '');
  const channel = channels.find((candidate) => candidate.id === requested || candidate.name === requested);
  if (!channel) return 'channel_not_found';
  const text = field(body, 'text');
  if (!text) return 'no_text';
  if (text.length > maxTextLength) return 'msg_too_long';
  const ts = state.nextTs();
  // Slack clients send thread_ts as a string, though a number slips through JSON often enough.
  const rawThreadTs = body.thread_ts;
  const threadTs = typeof rawThreadTs === 'number' ? String(rawThreadTs) : field(body, 'thread_ts');
  state.messages.push({ channel: channel.id, text, ts, user: 'U0EMUBOT', ...(threadTs ? { threadTs } : {}) });
  // A bot's own message reaches Event Subscriptions too, marked with its bot_id.
  if (state.slackEventsUrl) {
    const event = { type: 'message', channel: channel.id, channel_type: 'channel', user: 'U0EMUBOT', bot_id: 'B0EMU', text, ts, ...(threadTs ? { thread_ts: threadTs } : {}) };
    pushInBackground(() => emitSlackEvent(state, event));
  }
  return {
    ok: true,
    channel: channel.id,
    ts,
    message: { type: 'message', text, user: 'U0EMUBOT', ts, bot_id: 'B0EMU', ...(threadTs ? { thread_ts: threadTs } : {}) },
  };
}

/**
 * Someone in the workspace posts a message (not through the API): it is stored like the bot's
 * and pushed to Event Subscriptions as a person's `message` event.
 */
export async function postAsUser(state: EmulatorState, channelName: string, text: string): Promise<PushAnswer & { eventId: string; ts: string }> {
  const channel = channels.find((candidate) => candidate.id === channelName || candidate.name === channelName.replace(/^#/, ''));
  if (!channel) throw new BadRequest(`no channel ${channelName}`);
  const ts = state.nextTs();
  state.messages.push({ channel: channel.id, text, ts, user: users[0]!.id });
  const answer = await emitSlackEvent(state, { type: 'message', channel: channel.id, channel_type: 'channel', user: users[0]!.id, text, ts, client_msg_id: randomUUID() });
  return { ...answer, ts };
}
