import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext, Credentials } from '../../define.js';
import { ActionError } from '../../errors.js';
import { slack } from './index.js';
import { sendMessage } from './actions/sendMessage.js';

const api = 'https://slack.com/api/';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const credentials: Credentials = { type: 'oauth2', accessToken: 'xoxb-test-token' };

function context(): ActionContext {
  return {
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      slack.authorizeRequest(headers, credentials);
      return fetch(new URL(path, api), { ...init, headers });
    },
    logger: { info: () => {}, warn: () => {} },
    endUser: { id: 'user-1', email: null, name: null },
    signal: new AbortController().signal,
  };
}

describe('slack.send_message', () => {
  it('posts to chat.postMessage with the bearer token and returns channel and ts', async () => {
    let seen: { authorization: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${api}chat.postMessage`, async ({ request }) => {
        seen = { authorization: request.headers.get('authorization'), body: await request.json() };
        // https://api.slack.com/methods/chat.postMessage#examples
        return HttpResponse.json({ ok: true, channel: 'C123ABC456', ts: '1503435956.000247', message: { text: 'Hello' } });
      }),
    );
    const input = sendMessage.input.parse({ channel: '#general', text: 'Hello', threadTs: '1503435956.000100' });
    const output = await sendMessage.execute(input, credentials, context());
    expect(output).toEqual({ ok: true, channel: 'C123ABC456', ts: '1503435956.000247' });
    expect(seen).toEqual({
      authorization: 'Bearer xoxb-test-token',
      body: { channel: '#general', text: 'Hello', thread_ts: '1503435956.000100' },
    });
  });

  it.each([
    ['channel_not_found', 'not_found'],
    ['not_in_channel', 'forbidden'],
    ['invalid_auth', 'unauthorized'],
    ['something_new', 'provider_error'],
  ])('maps ok:false %s to %s and keeps the provider code', async (providerCode, code) => {
    server.use(http.post(`${api}chat.postMessage`, () => HttpResponse.json({ ok: false, error: providerCode })));
    const error = await sendMessage.execute({ channel: 'C1', text: 'x' }, credentials, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ code, providerCode, providerStatus: 200 });
  });

  it('reports HTTP 429 as rate_limited with Retry-After', async () => {
    server.use(http.post(`${api}chat.postMessage`, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '30' } })));
    const error = await sendMessage.execute({ channel: 'C1', text: 'x' }, credentials, context()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', providerStatus: 429, retryAfter: 30 });
  });

  it('rejects input Slack would refuse before calling it', () => {
    expect(sendMessage.input.safeParse({ channel: '', text: 'x' }).success).toBe(false);
    expect(sendMessage.input.safeParse({ channel: 'C1', text: 'x'.repeat(40_001) }).success).toBe(false);
    expect(sendMessage.input.safeParse({ channel: 'C1' }).success).toBe(false);
  });
});

describe('slack token errors', () => {
  it('reads Slack\'s 200 ok:false token answers as errors', () => {
    const auth = slack.auth;
    if (auth.type !== 'oauth2') throw new Error('Slack uses OAuth 2.0');
    expect(auth.tokenErrorFromBody?.({ ok: false, error: 'invalid_code' })).toBe('invalid_code');
    expect(auth.tokenErrorFromBody?.({ ok: true, access_token: 'x' })).toBeUndefined();
  });
});

describe('slack health check', () => {
  const check = () => slack.healthCheck(credentials, { fetch: context().fetch, signal: new AbortController().signal, tokenInfoUrl: undefined });

  it('calls auth.test and reads the token scopes from x-oauth-scopes', async () => {
    server.use(
      // https://api.slack.com/methods/auth.test#examples
      http.post(`${api}auth.test`, () =>
        HttpResponse.json(
          { ok: true, url: 'https://subarachnoid.slack.com/', team: 'Subarachnoid Workspace', user: 'grace', team_id: 'T12345678', user_id: 'W12345678' },
          { headers: { 'x-oauth-scopes': 'chat:write,channels:read' } },
        ),
      ),
    );
    expect(await check()).toEqual({ scopes: ['chat:write', 'channels:read'] });
  });

  it.each([
    ['invalid_auth', 'unauthorized'],
    ['token_revoked', 'unauthorized'],
    ['account_inactive', 'unauthorized'],
    ['fatal_error', 'provider_error'],
  ])('ok:false %s is %s', async (providerCode, code) => {
    server.use(http.post(`${api}auth.test`, () => HttpResponse.json({ ok: false, error: providerCode })));
    await expect(check()).rejects.toMatchObject({ code, providerCode });
  });

  it('declares the scope each action needs, and missing_scope names it', async () => {
    expect(sendMessage.scopes).toEqual(['chat:write']);
    server.use(http.post(`${api}chat.postMessage`, () => HttpResponse.json({ ok: false, error: 'missing_scope', needed: 'chat:write', provided: 'channels:read' })));
    const error = await sendMessage.execute({ channel: 'C1', text: 'x' }, credentials, context()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'forbidden', providerCode: 'missing_scope', message: 'Slack: missing_scope (needs chat:write)' });
  });
});
