import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Emulator } from '@patchbay/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSlack, startServerWithEmulatedSlack } from '../../test/emulatedSlack.js';
import { errorBody, request, signUp } from '../../test/http.js';
import type { TestServer } from '../../test/testServer.js';

// The MCP SDK's own client over HTTP, and the tools API, against the real server and the emulator.
let server: TestServer;
let emulator: Emulator;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, emulator, close } = await startServerWithEmulatedSlack());
});
afterAll(() => close());

const clients: Client[] = [];
afterAll(() => Promise.all(clients.map((client) => client.close())));

/** An MCP client connected to /mcp with these headers (a tool token, or an API key + end user). */
async function mcpClient(headers: Record<string, string>, query = ''): Promise<Client> {
  const client = new Client({ name: 'patchbay-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp${query}`), { requestInit: { headers } }));
  clients.push(client);
  return client;
}

async function toolToken(apiKey: string, body: Record<string, unknown>) {
  const response = await request(`${server.url}/api/v1/tools/tokens`, { apiKey, body });
  expect(response.status).toBe(201);
  return response.body as { id: string; token: string; mcpUrl: string; expiresAt: string; allowedTools: string[] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const textOf = (result: unknown) => ((result as CallToolResult).content[0] as { text: string }).text;

describe('the MCP server at /mcp', () => {
  it('lists a connected end user’s tools and runs one through the action engine, logged and metered as mcp', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'alice');
    const minted = await toolToken(app.apiKey, { endUserId: 'alice' });
    expect(minted).toMatchObject({ id: expect.stringMatching(/^tt_/), token: expect.stringMatching(/^tt_[a-z0-9]{40}$/), mcpUrl: `${server.url}/mcp`, allowedTools: [] });
    const client = await mcpClient(bearer(minted.token));

    expect(client.getServerVersion()).toMatchObject({ name: 'patchbay' });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['slack_add_reaction', 'slack_find_user_by_email', 'slack_list_channels', 'slack_send_message']);
    const send = tools.find((tool) => tool.name === 'slack_send_message')!;
    expect(send.inputSchema).toMatchObject({ type: 'object', required: ['channel', 'text'] });
    expect(send.description).toMatch(/Post a message .* changes data in Slack/);
    expect(send.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
    expect(tools.find((tool) => tool.name === 'slack_list_channels')!.annotations).toMatchObject({ readOnlyHint: true });

    const result = await client.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'from an agent' } });
    expect(result.isError).toBe(false);
    expect(result.structuredContent).toMatchObject({ ok: true, channel: 'C0EMU0GEN' });
    expect(JSON.parse(textOf(result))).toMatchObject({ ok: true, ts: expect.any(String) });
    expect(emulator.messages().at(-1)).toMatchObject({ text: 'from an agent' });

    const log = await request(`${server.url}/api/v1/executions?source=mcp`, { apiKey: app.apiKey });
    expect(log.body.executions).toEqual([expect.objectContaining({ action: 'send_message', status: 'success', source: 'mcp', endUser: expect.objectContaining({ id: 'alice' }) })]);
    expect((await request(`${server.url}/api/v1/executions?source=api`, { apiKey: app.apiKey })).body.stats.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const usage = await request(`${server.url}/api/v1/usage?from=${today}&to=${today}`, { apiKey: app.apiKey });
    expect(usage.body.periods[0]).toMatchObject({ executions: 1, executionsByIntegration: { slack: 1 } });
  });

  it('answers arguments that break the schema with a tool error the model can correct, and runs nothing', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'bob');
    const client = await mcpClient({ 'x-api-key': app.apiKey, 'x-end-user-id': 'bob' });
    const sent = emulator.messages().length;

    const missing = await client.callTool({ name: 'slack_send_message', arguments: { channel: '#general' } });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/do not match slack_send_message's input schema[\s\S]*- text: /);
    const wrongType = await client.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 42 } });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/- text: .*string/i);
    const unknown = await client.callTool({ name: 'slack_delete_workspace', arguments: {} });
    expect(unknown).toMatchObject({ isError: true });
    expect(textOf(unknown)).toMatch(/no tool named "slack_delete_workspace"/);

    // A provider refusal is a tool error too, with the execution to look up.
    const refused = await client.callTool({ name: 'slack_send_message', arguments: { channel: '#nope', text: 'x' } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/Slack did not do it \(channel_not_found\).*execution exec_/);

    expect(emulator.messages().length).toBe(sent);
    const log = await request(`${server.url}/api/v1/executions`, { apiKey: app.apiKey });
    expect(log.body.executions).toEqual([expect.objectContaining({ status: 'failed', source: 'mcp', error: expect.objectContaining({ code: 'channel_not_found' }) })]);
  });

  it('a tool of an unconnected integration answers with a Connect Link for that end user and integration', async () => {
    const app = await signUp(server.url);
    const client = await mcpClient({ 'x-api-key': app.apiKey, 'x-end-user-id': 'carol' }, '?include=all');
    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThanOrEqual(30);
    expect(tools.find((tool) => tool.name === 'notion_search')?.description).toMatch(/has not connected Notion yet/);
    expect((await (await mcpClient({ 'x-api-key': app.apiKey, 'x-end-user-id': 'carol' })).listTools()).tools).toEqual([]);

    const result = await client.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'hi' } });
    expect(result.isError).toBe(false);
    const { connectUrl } = result.structuredContent as { connectUrl: string };
    expect(textOf(result)).toContain(connectUrl);
    const link = new URL(connectUrl);
    expect(`${link.origin}${link.pathname}`).toBe(`${server.url}/connect`);
    const session = link.searchParams.get('session')!;
    const offered = await request(`${server.url}/api/v1/connect/integrations`, { headers: bearer(session) });
    expect(offered.body).toMatchObject({ endUserId: 'carol', integrations: [expect.objectContaining({ slug: 'slack', connection: null })] });
    expect(offered.body.integrations).toHaveLength(1);
    expect((await request(`${server.url}/api/v1/executions`, { apiKey: app.apiKey })).body.stats.total).toBe(0);

    // Once connected, the same call runs.
    await connectSlack(server, app.apiKey, 'carol');
    expect(await client.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'hi' } })).toMatchObject({ isError: false, structuredContent: { ok: true } });
  });

  it('never lists or runs another end user’s or another app’s tools', async () => {
    const app = await signUp(server.url);
    const other = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'dave');
    const sent = emulator.messages().length;

    const sameAppOtherUser = await mcpClient(bearer((await toolToken(app.apiKey, { endUserId: 'erin' })).token));
    expect((await sameAppOtherUser.listTools()).tools).toEqual([]);
    const asErin = await sameAppOtherUser.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'as dave?' } });
    expect(asErin.structuredContent).toMatchObject({ status: 'connection_required' });

    const otherApp = await mcpClient({ 'x-api-key': other.apiKey, 'x-end-user-id': 'dave' });
    expect((await otherApp.listTools()).tools).toEqual([]);
    expect((await otherApp.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'as dave?' } })).structuredContent).toMatchObject({ status: 'connection_required' });
    expect(emulator.messages().length).toBe(sent);

    // A token minted by one app cannot be revoked by another.
    const daveToken = await toolToken(app.apiKey, { endUserId: 'dave' });
    expect((await request(`${server.url}/api/v1/tools/tokens/${daveToken.id}`, { method: 'DELETE', apiKey: other.apiKey })).status).toBe(404);
    expect((await (await mcpClient(bearer(daveToken.token))).listTools()).tools).toHaveLength(4);
  });

  it('a token’s allowlist narrows the tools, and the app’s tool settings narrow every caller', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'frank');
    const narrow = await mcpClient(bearer((await toolToken(app.apiKey, { endUserId: 'frank', allowedTools: ['slack.list_channels'] })).token));
    expect((await narrow.listTools()).tools.map((tool) => tool.name)).toEqual(['slack_list_channels']);
    expect(textOf(await narrow.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'x' } }))).toMatch(/no tool named/);
    expect((await narrow.callTool({ name: 'slack_list_channels', arguments: {} })).isError).toBe(false);

    const settings = `${server.url}/api/v1/tools/settings`;
    expect((await request(settings, { apiKey: app.apiKey })).body).toEqual({ allowedTools: null });
    expect((await request(settings, { method: 'PUT', apiKey: app.apiKey, body: { allowedTools: ['slack.send_message', 'slack.add_reaction'] } })).body).toEqual({
      allowedTools: ['slack.send_message', 'slack.add_reaction'],
    });
    const wide = await mcpClient({ 'x-api-key': app.apiKey, 'x-end-user-id': 'frank' });
    expect((await wide.listTools()).tools.map((tool) => tool.name)).toEqual(['slack_send_message', 'slack_add_reaction']);
    // A token cannot widen what the app exposes.
    expect((await narrow.listTools()).tools).toEqual([]);

    const bad = await request(settings, { method: 'PUT', apiKey: app.apiKey, body: { allowedTools: ['slack.launch_rocket'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'body/allowedTools/0', message: expect.any(String) }]);
    expect((await request(settings, { method: 'PUT', apiKey: app.apiKey, body: { allowedTools: ['Slack!'] } })).status).toBe(400);
    expect((await request(settings, { apiKey: app.apiKey })).body.allowedTools).toHaveLength(2);

    // Disabling the integration hides its tools too.
    await request(settings, { method: 'PUT', apiKey: app.apiKey, body: { allowedTools: null } });
    await request(`${server.url}/api/v1/integrations/slack`, { method: 'PATCH', apiKey: app.apiKey, body: { enabled: false } });
    expect((await wide.listTools()).tools).toEqual([]);
  });

  it('refuses expired, revoked and unknown tool tokens, and requests without an end user', async () => {
    const app = await signUp(server.url);
    const expiring = await toolToken(app.apiKey, { endUserId: 'gina', expiresIn: 60 });
    const revoked = await toolToken(app.apiKey, { endUserId: 'gina' });
    const client = await mcpClient(bearer(revoked.token));
    expect((await client.listTools()).tools).toEqual([]);

    await server.database.db('tool_tokens').where({ id: expiring.id }).update({ expires_at: new Date(Date.now() - 1000) });
    expect((await request(`${server.url}/api/v1/tools/tokens/${revoked.id}`, { method: 'DELETE', apiKey: app.apiKey })).status).toBe(204);
    expect((await request(`${server.url}/api/v1/tools/tokens/${revoked.id}`, { method: 'DELETE', apiKey: app.apiKey })).status).toBe(204);
    expect((await request(`${server.url}/api/v1/tools/tokens/tt_unknown`, { method: 'DELETE', apiKey: app.apiKey })).status).toBe(404);

    await expect(client.listTools()).rejects.toMatchObject({ code: 401 });
    for (const token of [expiring.token, revoked.token, `tt_${'x'.repeat(40)}`]) {
      await expect(mcpClient(bearer(token))).rejects.toMatchObject({ code: 401 });
    }
    const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } } };
    const unauthorized = await request(`${server.url}/mcp`, { body: initialize, headers: { ...bearer(revoked.token), accept: 'application/json, text/event-stream' } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(unauthorized.body).toEqual(errorBody('authentication_error', 'unauthorized'));

    const noEndUser = await request(`${server.url}/mcp`, { apiKey: app.apiKey, body: initialize, headers: { accept: 'application/json, text/event-stream' } });
    expect(noEndUser.status).toBe(400);
    expect(noEndUser.body.error.details).toEqual([{ path: 'header/X-End-User-Id', message: 'is required' }]);
    expect((await request(`${server.url}/mcp`, { headers: bearer(revoked.token) })).status).toBe(405);

    const tooLong = await request(`${server.url}/api/v1/tools/tokens`, { apiKey: app.apiKey, body: { endUserId: 'gina', expiresIn: 86_401 } });
    expect(tooLong.status).toBe(400);
    const unknownTool = await request(`${server.url}/api/v1/tools/tokens`, { apiKey: app.apiKey, body: { endUserId: 'gina', allowedTools: ['slack', 'nope'] } });
    expect(unknownTool.body.error.details).toEqual([{ path: 'body/allowedTools/1', message: expect.any(String) }]);
  });
});

describe('the tools API (function calling)', () => {
  it('lists tools and executes a model’s tool call, with JSON-string arguments, logged as tools', async () => {
    const app = await signUp(server.url);
    await connectSlack(server, app.apiKey, 'hank');
    const list = await request(`${server.url}/api/v1/tools?endUserId=hank`, { apiKey: app.apiKey });
    expect(list.status).toBe(200);
    expect(list.body.tools).toHaveLength(4);
    expect(list.body.tools[0]).toMatchObject({
      name: 'slack_send_message',
      title: 'Slack: Send Message',
      integration: { slug: 'slack', name: 'Slack' },
      action: 'send_message',
      effect: 'write',
      connection: { id: expect.stringMatching(/^conn_/), status: 'active' },
      inputSchema: { type: 'object' },
    });
    expect(list.body.tools[0].inputSchema).not.toHaveProperty('$schema');
    const all = await request(`${server.url}/api/v1/tools?endUserId=hank&include=all`, { apiKey: app.apiKey });
    expect(all.body.tools.find((tool: { name: string }) => tool.name === 'google_calendar_delete_event')).toMatchObject({ effect: 'delete', connection: null });
    // Model APIs want an object at the root: HubSpot's `{ id } or { email }` input is flattened.
    for (const tool of all.body.tools) expect(tool.inputSchema.type).toBe('object');
    expect(all.body.tools.find((tool: { name: string }) => tool.name === 'hubspot_get_contact').inputSchema).toMatchObject({
      properties: { id: { type: 'string' }, email: { type: 'string' } },
      description: 'Give exactly one of: { id } or { email }.',
    });

    const execute = (body: unknown, headers: Record<string, string> = {}) => request(`${server.url}/api/v1/tools/execute`, { apiKey: app.apiKey, body, headers });
    const ran = await execute({ endUserId: 'hank', name: 'slack_send_message', arguments: '{"channel":"#general","text":"function call"}' });
    expect(ran.status).toBe(200);
    expect(ran.body).toMatchObject({ status: 'success', isError: false, data: { ok: true }, executionId: expect.stringMatching(/^exec_/) });
    expect(JSON.parse(ran.body.text)).toEqual(ran.body.data);
    const detail = await request(`${server.url}/api/v1/executions/${ran.body.executionId}`, { apiKey: app.apiKey });
    expect(detail.body).toMatchObject({ source: 'tools', input: { channel: '#general', text: 'function call' } });

    expect((await execute({ endUserId: 'hank', name: 'slack_send_message', arguments: '{"channel":' })).body).toMatchObject({
      status: 'invalid_arguments',
      isError: true,
      details: [{ path: '', message: 'is not valid JSON' }],
    });
    expect((await execute({ endUserId: 'hank', name: 'slack_list_channels', arguments: [1] })).body).toMatchObject({ status: 'invalid_arguments', details: [{ path: '' }] });
    expect((await execute({ endUserId: 'hank', name: 'slack_list_channels' })).body).toMatchObject({ status: 'success' });
    expect((await execute({ endUserId: 'hank', name: 'notion_search', arguments: {} })).body).toMatchObject({ status: 'connection_required', connectUrl: expect.stringContaining('/connect?session=cs_') });
    expect((await execute({ endUserId: 'hank', arguments: {} })).status).toBe(400);

    // An Idempotency-Key makes the call safe to retry: the stored result comes back, nothing runs twice.
    const sent = emulator.messages().length;
    const first = await execute({ endUserId: 'hank', name: 'slack_send_message', arguments: { channel: '#general', text: 'once' } }, { 'idempotency-key': 'tool-call-1' });
    const again = await execute({ endUserId: 'hank', name: 'slack_send_message', arguments: { channel: '#general', text: 'once' } }, { 'idempotency-key': 'tool-call-1' });
    expect(again.body).toEqual(first.body);
    expect(emulator.messages().length).toBe(sent + 1);
    const reused = await execute({ endUserId: 'hank', name: 'slack_send_message', arguments: { channel: '#general', text: 'twice' } }, { 'idempotency-key': 'tool-call-1' });
    expect(reused.status).toBe(409);

    const log = await request(`${server.url}/api/v1/executions?source=tools`, { apiKey: app.apiKey });
    expect(log.body.stats.total).toBe(3);
  });
});

describe('scopes on tool calls', () => {
  it('a tool the connection lacks a scope for answers connection_required with a repair link, nothing sent', async () => {
    const app = await signUp(server.url);
    const connectionId = await connectSlack(server, app.apiKey, 'iris');
    await server.database.db('connections').where({ id: connectionId }).update({ granted_scopes: ['channels:read'] });
    const sent = emulator.messages().length;
    const result = await request(`${server.url}/api/v1/tools/execute`, { apiKey: app.apiKey, body: { endUserId: 'iris', name: 'slack_send_message', arguments: { channel: '#general', text: 'x' } } });
    expect(result.body).toMatchObject({ status: 'connection_required', isError: false, connectUrl: expect.stringContaining('/connect?session=cs_') });
    expect(result.body.text).toContain('chat:write');
    expect(emulator.messages().length).toBe(sent);
    expect((await request(`${server.url}/api/v1/tools/execute`, { apiKey: app.apiKey, body: { endUserId: 'iris', name: 'slack_list_channels', arguments: {} } })).body.status).toBe('success');
  });
});

describe('limits on tool calls', () => {
  it('an outbound or app limit comes back as a tool result that says when to retry, with nothing sent', async () => {
    const limited = await startServerWithEmulatedSlack({ environment: { RATE_LIMIT_ACTIONS_PER_MINUTE: '3', RATE_LIMIT_CONNECTION_CALLS_PER_MINUTE: '1' } });
    try {
      const app = await signUp(limited.server.url);
      await connectSlack(limited.server, app.apiKey, 'ivy');
      const client = new Client({ name: 'patchbay-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${limited.server.url}/mcp`), { requestInit: { headers: { 'x-api-key': app.apiKey, 'x-end-user-id': 'ivy' } } }));
      const call = () => client.callTool({ name: 'slack_send_message', arguments: { channel: '#general', text: 'limited' } });
      expect((await call()).isError).toBe(false);
      const overConnection = await call();
      expect(overConnection.isError).toBe(true);
      expect(textOf(overConnection)).toMatch(/Too many calls to Slack right now; nothing was sent\. Retry in \d+ seconds/);
      await call();
      const overApp = await call();
      expect(overApp.isError).toBe(true);
      expect(textOf(overApp)).toMatch(/Too many action calls; retry in \d+ seconds?\. Nothing was run\./);
      expect(limited.emulator.messages()).toHaveLength(1);
      await client.close();
    } finally {
      await limited.close();
    }
  });
});
