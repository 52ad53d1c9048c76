import type Anthropic from '@anthropic-ai/sdk';
import type { Tool as McpSdkTool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolSet } from 'ai';
import { generateText } from 'ai';
import type OpenAI from 'openai';
import { describe, expectTypeOf, it } from 'vitest';
import { Patchbay, type AnthropicTool, type McpTool, type OpenAIResponsesTool, type OpenAITool, type PatchbayTool, type ToolResult, type VercelAIToolSet } from '../src/index.js';

// Checked by tsc against each model SDK's own tool types; nothing here runs.
const patchbay = new Patchbay({ apiKey: 'k' });
declare const endUserId: string;

describe('tool formats fit the model SDKs', () => {
  it('list() is typed by format', () => {
    expectTypeOf(patchbay.tools.list({ endUserId })).resolves.toEqualTypeOf<PatchbayTool[]>();
    expectTypeOf(patchbay.tools.list({ endUserId, format: 'openai' })).resolves.toEqualTypeOf<OpenAITool[]>();
    expectTypeOf(patchbay.tools.list({ endUserId, format: 'anthropic' })).resolves.toEqualTypeOf<AnthropicTool[]>();
    expectTypeOf(patchbay.tools.list({ endUserId, format: 'vercel-ai' })).resolves.toEqualTypeOf<VercelAIToolSet>();
    expectTypeOf(patchbay.tools.list({ endUserId, format: 'mcp' })).resolves.toEqualTypeOf<McpTool[]>();
    expectTypeOf(patchbay.tools.execute({ endUserId, name: 'slack_send_message', arguments: '{}' })).resolves.toEqualTypeOf<ToolResult>();
  });

  it('openai: Chat Completions and Responses tools', async () => {
    expectTypeOf<OpenAITool>().toExtend<OpenAI.Chat.Completions.ChatCompletionTool>();
    expectTypeOf<OpenAIResponsesTool>().toExtend<OpenAI.Responses.FunctionTool>();
    const client = {} as OpenAI;
    const completion = await client.chat.completions.create({ model: 'gpt-5', messages: [], tools: await patchbay.tools.list({ endUserId, format: 'openai' }) });
    // A model's tool call spreads straight into execute().
    for (const call of completion.choices[0]!.message.tool_calls ?? []) {
      if (call.type === 'function') await patchbay.tools.execute({ endUserId, ...call.function });
    }
    await client.responses.create({ model: 'gpt-5', input: 'hi', tools: await patchbay.tools.list({ endUserId, format: 'openai-responses' }) });
  });

  it('anthropic: Messages API tools', async () => {
    expectTypeOf<AnthropicTool>().toExtend<Anthropic.Messages.Tool>();
    const client = {} as Anthropic;
    const message = await client.messages.create({ model: 'claude-x', max_tokens: 1024, messages: [], tools: await patchbay.tools.list({ endUserId, format: 'anthropic' }) });
    for (const block of message.content) {
      if (block.type === 'tool_use') {
        const result = await patchbay.tools.execute({ endUserId, name: block.name, arguments: block.input });
        expectTypeOf<Anthropic.Messages.ToolResultBlockParam>().toExtend<{ content?: unknown }>();
        const reply: Anthropic.Messages.ToolResultBlockParam = { type: 'tool_result', tool_use_id: block.id, content: result.text, is_error: result.isError };
        void reply;
      }
    }
  });

  it('vercel-ai: a ToolSet generateText takes', async () => {
    expectTypeOf<VercelAIToolSet>().toExtend<ToolSet>();
    await generateText({ model: 'openai/gpt-5', prompt: 'hi', tools: await patchbay.tools.list({ endUserId, format: 'vercel-ai' }) });
  });

  it('mcp: the MCP SDK’s Tool', () => {
    expectTypeOf<McpTool>().toExtend<McpSdkTool>();
  });
});
