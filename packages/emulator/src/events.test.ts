import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoSlackSigningSecret, startEmulator, type Emulator } from './index.js';
import { authorize, demo, pkce, postForm, redirectUri, type Json } from './testHelpers.js';

// The providers' pushes and pollable data, as Patchbay's triggers meet them.
let emulator: Emulator;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let receiverUrl: string;
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    const parsed = JSON.parse(body) as Json;
    if (parsed.type === 'url_verification') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ challenge: parsed.challenge }));
    res.writeHead(200).end('ok');
  });
});
const hmac = (secret: string, content: string) => createHmac('sha256', secret).update(content).digest('hex');
const eventually = async (check: () => void) => {
  for (let i = 0; ; i += 1) {
    try {
      return check();
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
};

beforeAll(async () => {
  emulator = await startEmulator();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`;
});
beforeEach(() => {
  emulator.reset();
  received.length = 0;
});
afterAll(async () => {
  await emulator.close();
  receiver.closeAllConnections();
  receiver.close();
});

async function token(provider: string): Promise<string> {
  const { verifier, challenge } = pkce();
  const back = await authorize(emulator, provider, 'approve', { code_challenge: challenge, code_challenge_method: 'S256' });
  const answer = await postForm(emulator, `/${provider}/oauth/token`, { ...demo, grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
  return ((await answer.json()) as Json).access_token;
}

describe('slack events', () => {
  it('verifies the Request URL with a challenge, then pushes signed event_callbacks (retries keep the event id)', async () => {
    await emulator.connectSlackEvents(receiverUrl);
    expect(JSON.parse(received[0]!.body)).toMatchObject({ type: 'url_verification' });
    const first = await emulator.postAsUser('general', 'hello');
    expect(first.status).toBe(200);
    const push = received[1]!;
    const signed = `v0:${push.headers['x-slack-request-timestamp']}:${push.body}`;
    expect(push.headers['x-slack-signature']).toBe(`v0=${hmac(demoSlackSigningSecret, signed)}`);
    expect(JSON.parse(push.body)).toMatchObject({ type: 'event_callback', team_id: 'T0EMU', event_id: first.eventId, event: { type: 'message', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: 'hello' } });
    await emulator.emitSlackEvent({ type: 'message', channel: 'C0EMU0GEN', user: 'U0EMUUSER', text: 'hello', ts: first.ts }, { eventId: first.eventId, retryNum: 1 });
    expect(received[2]!.headers['x-slack-retry-num']).toBe('1');
    expect(JSON.parse(received[2]!.body).event_id).toBe(first.eventId);
  });

  it('refuses a Request URL that does not echo the challenge', async () => {
    await expect(emulator.connectSlackEvents(`${emulator.url}/_emulator/health`)).rejects.toThrow(/did not echo/);
  });
});

describe('github hooks', () => {
  it('registers a hook (pinged), pushes signed issues events for created issues, and deletes it', async () => {
    const accessToken = await token('github');
    const api = (path: string, init: RequestInit = {}) => fetch(`${emulator.url}/github/api/${path}`, { ...init, headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' } });
    const created = await api('repos/octocat/Hello-World/hooks', { method: 'POST', body: JSON.stringify({ name: 'web', events: ['issues'], config: { url: receiverUrl, content_type: 'json', secret: 'hook-secret' } }) });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as Json;
    await eventually(() => expect(received.map((push) => push.headers['x-github-event'])).toEqual(['ping']));
    expect((await api('repos/octocat/Hello-World/issues', { method: 'POST', body: JSON.stringify({ title: 'Found a bug', labels: ['bug'] }) })).status).toBe(201);
    await eventually(() => expect(received).toHaveLength(2));
    const push = received[1]!;
    expect(push.headers['x-hub-signature-256']).toBe(`sha256=${hmac('hook-secret', push.body)}`);
    expect(JSON.parse(push.body)).toMatchObject({ action: 'opened', issue: { number: 1, title: 'Found a bug', labels: [{ name: 'bug' }] }, repository: { full_name: 'octocat/Hello-World' } });
    expect((await api(`repos/octocat/Hello-World/hooks/${hook.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(emulator.githubHooks()).toEqual([]);
    expect((await api(`repos/octocat/Hello-World/hooks/${hook.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${emulator.url}/github/api/repos/octocat/Hello-World/hooks`)).status).toBe(401);
  });
});

describe('google sheets', () => {
  it('serves values and batchGet as Google does, appends, and refuses reads past the grid', async () => {
    const accessToken = await token('google-sheets');
    const id = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
    emulator.seedSpreadsheet(id, { 'Q1 sales': [['Item', 'Cost'], ['Wheel', '20.50']] });
    const get = async (path: string) => {
      const response = await fetch(`${emulator.url}/google-sheets/api/v4/spreadsheets/${id}/${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
      return { status: response.status, body: (await response.json()) as Json };
    };
    expect((await get(`values/${encodeURIComponent("'Q1 sales'!A1:B1")}`)).body).toEqual({ range: "'Q1 sales'!A1:B1", majorDimension: 'ROWS', values: [['Item', 'Cost']] });
    emulator.appendToSheet(id, 'Q1 sales', [['Door', '15'], [], ['Engine', '100']]);
    const batch = await get(`values:batchGet?${new URLSearchParams([['ranges', "'Q1 sales'!1:1"], ['ranges', "'Q1 sales'!3:102"]])}`);
    expect(batch.body.valueRanges.map((range: Json) => range.values)).toEqual([[['Item', 'Cost']], [['Door', '15'], [], ['Engine', '100']]]);
    expect((await get(`values:batchGet?ranges=${encodeURIComponent("'Q1 sales'!1001:1100")}`)).body.error).toMatchObject({ code: 400, message: expect.stringContaining('exceeds grid limits') });
    expect((await get(`values:batchGet?ranges=${encodeURIComponent("'Nope'!1:1")}`)).status).toBe(400);
    const append = await fetch(`${emulator.url}/google-sheets/api/v4/spreadsheets/${id}/values/${encodeURIComponent("'Q1 sales'!A:B")}:append?valueInputOption=USER_ENTERED`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [['Seat', 40]] }),
    });
    expect(((await append.json()) as Json).updates).toMatchObject({ updatedRange: 'Q1 sales!A6:B6', updatedRows: 1 });
    expect((await fetch(`${emulator.url}/google-sheets/api/v4/spreadsheets/unknown-spreadsheet-id-0000/values/A1`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(404);
  });
});
