import { unwrap, type ApiClient } from '../core.js';
import {
  toAnthropicTool,
  toMcpTool,
  toOpenAIResponsesTool,
  toOpenAITool,
  toVercelAITool,
  type PatchbayTool,
  type ToolFormat,
  type ToolFormats,
  type ToolResult,
} from '../toolFormats.js';

export interface ListToolsParams {
  /** Your id for the end user the agent acts for. */
  endUserId: string;
  /** `connected` (default): tools of the integrations this user connected; `all`: every tool your app exposes. */
  include?: 'connected' | 'all';
}

export interface ExecuteToolParams {
  endUserId: string;
  /** The tool name the model called (`slack_send_message`). */
  name: string;
  /** The arguments as the model gave them: an object (Anthropic's `input`), or OpenAI's JSON string. */
  arguments?: unknown;
}

export interface ExecuteToolOptions {
  /** Makes retries safe; one is generated when omitted, so the SDK's own retries never run twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/**
 * Your end users' actions as AI-agent tools:
 *
 * ```ts
 * const tools = await patchbay.tools.list({ endUserId, format: 'openai' });
 * // …the model answers with tool calls…
 * const result = await patchbay.tools.execute({ endUserId, ...toolCall.function });
 * messages.push({ role: 'tool', tool_call_id: toolCall.id, content: result.text });
 * ```
 */
export class Tools {
  constructor(private readonly api: ApiClient) {}

  /** Patchbay's own tool descriptions. */
  list(params: ListToolsParams): Promise<PatchbayTool[]>;
  /** Tool definitions in the shape a model SDK takes: OpenAI, Anthropic, Vercel AI SDK (a ToolSet that executes), MCP. */
  list<F extends ToolFormat>(params: ListToolsParams & { format: F }): Promise<ToolFormats[F]>;
  async list(params: ListToolsParams & { format?: ToolFormat }): Promise<PatchbayTool[] | ToolFormats[ToolFormat]> {
    const { tools } = await unwrap(this.api.GET('/api/v1/tools', { params: { query: { endUserId: params.endUserId, ...(params.include ? { include: params.include } : {}) } } }));
    switch (params.format) {
      case undefined:
        return tools;
      case 'openai':
        return tools.map(toOpenAITool);
      case 'openai-responses':
        return tools.map(toOpenAIResponsesTool);
      case 'anthropic':
        return tools.map(toAnthropicTool);
      case 'mcp':
        return tools.map(toMcpTool);
      case 'vercel-ai':
        return Object.fromEntries(
          tools.map((tool) => [
            tool.name,
            toVercelAITool(tool, (input, signal) =>
              this.execute({ endUserId: params.endUserId, name: tool.name, arguments: input }, signal ? { signal } : {}),
            ),
          ]),
        );
      default:
        throw new TypeError(`Unknown tool format "${String(params.format)}": use openai, openai-responses, anthropic, vercel-ai or mcp.`);
    }
  }

  /**
   * Runs a model's tool call for the end user. Mistakes the model can fix (unknown tool, bad
   * arguments, a provider refusal) and a missing connection come back as a result with
   * `isError` and a `text` for the model, not as an exception.
   */
  execute(params: ExecuteToolParams, options: ExecuteToolOptions = {}): Promise<ToolResult> {
    return unwrap(
      this.api.POST('/api/v1/tools/execute', {
        params: { header: { 'Idempotency-Key': options.idempotencyKey ?? globalThis.crypto.randomUUID() } },
        body: { endUserId: params.endUserId, name: params.name, ...(params.arguments !== undefined ? { arguments: params.arguments } : {}) },
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
  }

  /** A short-lived token for the MCP server at `mcpUrl`, for one end user (shown once). */
  createToken(params: { endUserId: string; allowedTools?: string[]; expiresIn?: number; metadata?: { email?: string; name?: string } }) {
    return unwrap(this.api.POST('/api/v1/tools/tokens', { body: params }));
  }

  async revokeToken(tokenId: string): Promise<void> {
    await unwrap(this.api.DELETE('/api/v1/tools/tokens/{tokenId}', { params: { path: { tokenId } } }));
  }

  /** Which actions your app exposes as tools (`allowedTools: null` = all of the enabled integrations). */
  settings() {
    return unwrap(this.api.GET('/api/v1/tools/settings'));
  }

  updateSettings(settings: { allowedTools: string[] | null }) {
    return unwrap(this.api.PUT('/api/v1/tools/settings', { body: settings }));
  }
}
