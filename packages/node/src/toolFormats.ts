import type { components } from './generated/openapi.js';

/** A tool as Patchbay lists it: the catalog action, its JSON Schema and the end user's connection. */
export type PatchbayTool = components['schemas']['Tool'];
/** What a tool call answered; hand `text` back to the model. */
export type ToolResult = components['schemas']['ToolResult'];

type JsonSchemaObject = { type: 'object'; properties?: Record<string, object>; required?: string[]; [keyword: string]: unknown };

/** OpenAI Chat Completions: an entry of `tools` (`ChatCompletionFunctionTool`). */
export interface OpenAITool {
  type: 'function';
  function: { name: string; description: string; parameters: JsonSchemaObject; strict: false };
}

/** OpenAI Responses API: an entry of `tools` (`FunctionTool`). */
export interface OpenAIResponsesTool {
  type: 'function';
  name: string;
  description: string;
  parameters: JsonSchemaObject;
  strict: false;
}

/** Anthropic Messages API: an entry of `tools` (`Tool`). */
export interface AnthropicTool {
  name: string;
  description: string;
  input_schema: JsonSchemaObject;
}

/** An MCP `Tool`, as `tools/list` gives it. */
export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchemaObject;
  annotations: { title: string; readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

/**
 * A Standard Schema (https://standardschema.dev) that also converts to JSON Schema (Standard JSON
 * Schema): how the Vercel AI SDK takes a tool's input schema without us depending on it. It lets
 * every input through; Patchbay validates the call and answers a model-readable error.
 */
export interface ToolInputSchema {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'patchbay';
    readonly validate: (value: unknown) => { value: unknown };
    readonly jsonSchema: { readonly input: (options: { target: string }) => Record<string, unknown>; readonly output: (options: { target: string }) => Record<string, unknown> };
  };
}

/** Vercel AI SDK: one tool of a `ToolSet`, executed through Patchbay. */
export interface VercelAITool {
  description: string;
  inputSchema: ToolInputSchema;
  /** Runs the call; a failed call throws, so the AI SDK hands the model a tool error. */
  execute: (input: unknown, options: { abortSignal?: AbortSignal }) => Promise<unknown>;
}

export type VercelAIToolSet = Record<string, VercelAITool>;

export interface ToolFormats {
  openai: OpenAITool[];
  'openai-responses': OpenAIResponsesTool[];
  anthropic: AnthropicTool[];
  'vercel-ai': VercelAIToolSet;
  mcp: McpTool[];
}

export type ToolFormat = keyof ToolFormats;

const objectSchema = (tool: PatchbayTool) => tool.inputSchema as JsonSchemaObject;

export function toOpenAITool(tool: PatchbayTool): OpenAITool {
  // Not strict: strict mode needs every property required, and our optional fields are optional.
  return { type: 'function', function: { name: tool.name, description: tool.description, parameters: objectSchema(tool), strict: false } };
}

export function toOpenAIResponsesTool(tool: PatchbayTool): OpenAIResponsesTool {
  return { type: 'function', name: tool.name, description: tool.description, parameters: objectSchema(tool), strict: false };
}

export function toAnthropicTool(tool: PatchbayTool): AnthropicTool {
  return { name: tool.name, description: tool.description, input_schema: objectSchema(tool) };
}

export function toMcpTool(tool: PatchbayTool): McpTool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: objectSchema(tool),
    annotations: {
      title: tool.title,
      readOnlyHint: tool.effect === 'read',
      destructiveHint: tool.effect === 'delete',
      idempotentHint: tool.effect === 'read',
      openWorldHint: true,
    },
  };
}

export function toVercelAITool(tool: PatchbayTool, execute: (input: unknown, signal: AbortSignal | undefined) => Promise<ToolResult>): VercelAITool {
  const jsonSchema = () => objectSchema(tool);
  return {
    description: tool.description,
    inputSchema: { '~standard': { version: 1, vendor: 'patchbay', validate: (value) => ({ value }), jsonSchema: { input: jsonSchema, output: jsonSchema } } },
    execute: async (input, options) => {
      const result = await execute(input, options.abortSignal);
      if (result.isError) throw new Error(result.text);
      return result.status === 'success' ? result.data : { status: result.status, message: result.text, connectUrl: result.connectUrl };
    },
  };
}
