import { generateText, stepCountIs } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Patchbay, type PatchbayTool, type ToolResult } from '../src/index.js';

// Patchbay stands in through msw; the model is the AI SDK's own mock. No network.
const base = 'https://patchbay.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const patchbay = new Patchbay({ apiKey: 'app_test_key', baseUrl: base, maxRetries: 0 });
const sendMessage: PatchbayTool = {
  name: 'slack_send_message',
  title: 'Slack: Send Message',
  description: 'Post a message to a channel the user can see.',
  inputSchema: { type: 'object', properties: { channel: { type: 'string' }, text: { type: 'string' } }, required: ['channel', 'text'] },
  integration: { slug: 'slack', name: 'Slack' },
  action: 'send_message',
  effect: 'write',
  connection: { id: 'conn_1', status: 'active' },
};
const listChannels: PatchbayTool = { ...sendMessage, name: 'slack_list_channels', title: 'Slack: List Channels', action: 'list_channels', effect: 'read', inputSchema: { type: 'object', properties: {} } };

function servesTools(calls: { query: URLSearchParams; body?: unknown; key?: string | null }[] = [], result: ToolResult = { status: 'success', isError: false, text: '{"ok":true}', data: { ok: true }, executionId: 'exec_1' }) {
  server.use(
    http.get(`${base}/api/v1/tools`, ({ request }) => {
      calls.push({ query: new URL(request.url).searchParams });
      return HttpResponse.json({ tools: [sendMessage, listChannels] });
    }),
    http.post(`${base}/api/v1/tools/execute`, async ({ request }) => {
      calls.push({ query: new URL(request.url).searchParams, body: await request.json(), key: request.headers.get('idempotency-key') });
      return HttpResponse.json(result);
    }),
  );
  return calls;
}

describe('tools.list', () => {
  it('gives each model API its own tool shape', async () => {
    const calls = servesTools();
    expect(await patchbay.tools.list({ endUserId: 'u1' })).toEqual([sendMessage, listChannels]);
    expect(calls[0]?.query.get('endUserId')).toBe('u1');

    const [openai] = await patchbay.tools.list({ endUserId: 'u1', format: 'openai' });
    expect(openai).toEqual({ type: 'function', function: { name: 'slack_send_message', description: sendMessage.description, parameters: sendMessage.inputSchema, strict: false } });
    const [responses] = await patchbay.tools.list({ endUserId: 'u1', format: 'openai-responses' });
    expect(responses).toEqual({ type: 'function', name: 'slack_send_message', description: sendMessage.description, parameters: sendMessage.inputSchema, strict: false });
    const [anthropic] = await patchbay.tools.list({ endUserId: 'u1', format: 'anthropic', include: 'all' });
    expect(anthropic).toEqual({ name: 'slack_send_message', description: sendMessage.description, input_schema: sendMessage.inputSchema });
    expect(calls.at(-1)?.query.get('include')).toBe('all');
    const mcp = await patchbay.tools.list({ endUserId: 'u1', format: 'mcp' });
    expect(mcp.map((tool) => [tool.name, tool.annotations.readOnlyHint, tool.annotations.destructiveHint])).toEqual([
      ['slack_send_message', false, false],
      ['slack_list_channels', true, false],
    ]);
    const vercel = await patchbay.tools.list({ endUserId: 'u1', format: 'vercel-ai' });
    expect(Object.keys(vercel)).toEqual(['slack_send_message', 'slack_list_channels']);
    expect(vercel.slack_send_message?.inputSchema['~standard'].jsonSchema.input({ target: 'draft-07' })).toEqual(sendMessage.inputSchema);

    // @ts-expect-error not a format
    await expect(patchbay.tools.list({ endUserId: 'u1', format: 'gemini' })).rejects.toThrow(/Unknown tool format "gemini"/);
  });
});

describe('tools.execute', () => {
  it('posts the model’s call as it came, with an automatic Idempotency-Key, and returns the result to hand back', async () => {
    const calls = servesTools();
    const result = await patchbay.tools.execute({ endUserId: 'u1', name: 'slack_send_message', arguments: '{"channel":"#general","text":"hi"}' });
    expect(result).toEqual({ status: 'success', isError: false, text: '{"ok":true}', data: { ok: true }, executionId: 'exec_1' });
    expect(calls[0]).toMatchObject({ body: { endUserId: 'u1', name: 'slack_send_message', arguments: '{"channel":"#general","text":"hi"}' }, key: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    await patchbay.tools.execute({ endUserId: 'u1', name: 'slack_list_channels' }, { idempotencyKey: 'mine' });
    expect(calls[1]).toMatchObject({ body: { endUserId: 'u1', name: 'slack_list_channels' }, key: 'mine' });
  });
});

describe('with the Vercel AI SDK', () => {
  const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };

  it('generateText calls the tool through Patchbay and gives the model its result', async () => {
    const calls = servesTools();
    const model = new MockLanguageModelV4({
      doGenerate: [
        {
          content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'slack_send_message', input: '{"channel":"#general","text":"hi"}' }],
          finishReason: { unified: 'tool-calls', raw: 'tool_use' },
          usage,
          warnings: [],
        },
        { content: [{ type: 'text', text: 'Posted.' }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] },
      ],
    });
    const tools = await patchbay.tools.list({ endUserId: 'u1', format: 'vercel-ai' });
    const answer = await generateText({ model, tools, prompt: 'Say hi in #general', stopWhen: stepCountIs(3) });

    expect(answer.text).toBe('Posted.');
    expect(calls.find((call) => call.body)?.body).toEqual({ endUserId: 'u1', name: 'slack_send_message', arguments: { channel: '#general', text: 'hi' } });
    const firstCall = model.doGenerateCalls[0]!;
    expect(firstCall.tools?.map((tool) => tool.name)).toEqual(['slack_send_message', 'slack_list_channels']);
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).toContain('"ok":true');
  });

  it('a failed call reaches the model as a tool error with Patchbay’s text', async () => {
    servesTools([], { status: 'invalid_arguments', isError: true, text: 'The arguments do not match: text is required', details: [{ path: 'text', message: 'Required' }] });
    const model = new MockLanguageModelV4({
      doGenerate: [
        { content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'slack_send_message', input: '{"channel":"#general"}' }], finishReason: { unified: 'tool-calls', raw: 'tool_use' }, usage, warnings: [] },
        { content: [{ type: 'text', text: 'Sorry.' }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] },
      ],
    });
    const answer = await generateText({ model, tools: await patchbay.tools.list({ endUserId: 'u1', format: 'vercel-ai' }), prompt: 'x', stopWhen: stepCountIs(3) });
    expect(answer.steps[0]!.content).toContainEqual(expect.objectContaining({ type: 'tool-error', toolName: 'slack_send_message' }));
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).toContain('text is required');
  });
});
