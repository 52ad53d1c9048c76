import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import express, { Router } from 'express';
import { accessLog } from '../http/accessLog.js';
import { ApiError, invalidRequest } from '../http/apiError.js';
import { limit } from '../http/mountOperations.js';
import { rateLimitedError } from '../http/rateLimits.js';
import { refuseUnstorableJsonBody } from '../http/requestText.js';
import { requestTimeout } from '../http/requestTimeout.js';
import { currentLogContext } from '../observability/logContext.js';
import type { Services } from '../services.js';
import { authenticateToolCaller } from './authenticateToolCaller.js';
import { callTool, type ToolResult } from './callTool.js';
import { exposedTools, type ExposedTool } from './exposedTools.js';
import type { ToolCaller } from './toolCaller.js';
import { toTool } from './toolView.js';

const instructions =
  'These tools act for one user, in the accounts they connected (Slack, Notion, GitHub…). ' +
  'Ask before anything that writes or deletes. When a result says an account must be connected, ' +
  'give the user the link it contains and call the tool again once they have connected.';

/**
 * `POST /mcp`: the remote MCP server, Streamable HTTP in stateless mode. Each request gets its
 * own MCP server bound to the caller (an app's end user), so nothing is kept between requests
 * and any API process can answer. Tools are the catalog actions `listTools` exposes.
 */
export function mcpRouter(services: Services): Router {
  const router = Router();
  router.post('/mcp', accessLog(services), requestTimeout(services), express.json({ limit: '1mb' }), refuseUnstorableJsonBody, async (req, res) => {
    const context = currentLogContext();
    if (context) context.operationId = 'mcp';
    const caller = await authenticateToolCaller(req, services);
    if (context) context.appId = caller.appId;
    await limit(services, res, 'reads', [`app:${caller.appId}`, caller.limitKey]);
    const unknown = Object.keys(req.query).find((name) => name !== 'include');
    if (unknown) throw invalidRequest(`query/${unknown}: is not a known query parameter`, [{ path: `query/${unknown}`, message: 'is not a known query parameter' }]);
    const include = req.query.include ?? 'connected';
    if (include !== 'connected' && include !== 'all') {
      throw invalidRequest('query/include: must be connected or all', [{ path: 'query/include', message: 'must be connected or all' }]);
    }
    const server = createMcpServer(services, caller, include, req.id);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  // Stateless: no server-to-client stream (GET) and no session to end (DELETE).
  router.all('/mcp', () => {
    throw new ApiError({ status: 405, type: 'invalid_request_error', code: 'method_not_allowed', message: 'The MCP server takes POST only (stateless Streamable HTTP).', headers: { Allow: 'POST' } });
  });
  return router;
}

function createMcpServer(services: Services, caller: ToolCaller, include: 'connected' | 'all', requestId: string): Server {
  const server = new Server({ name: 'patchbay', title: 'Patchbay', version: '0.1.0' }, { capabilities: { tools: {} }, instructions });
  // Protocol errors carry the thrown message to the client: ours must not leak internals.
  const guarded =
    <A extends unknown[], R>(handler: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof McpError) throw error;
        services.logger.error({ err: error, appId: caller.appId }, 'MCP request failed');
        services.errors.report(error, { ...currentLogContext(), path: '/mcp' });
        throw new McpError(ErrorCode.InternalError, `Something went wrong on our side. Quote request id ${requestId} when you contact us.`);
      }
    };

  server.setRequestHandler(
    ListToolsRequestSchema,
    guarded(async () => {
      const tools = await exposedTools(services, caller);
      return { tools: tools.filter((tool) => include === 'all' || tool.connection !== null).map(toMcpTool) };
    }),
  );
  server.setRequestHandler(
    CallToolRequestSchema,
    guarded(async (request): Promise<CallToolResult> => {
      const outcome = await services.rateLimits.consume('actions', [`app:${caller.appId}`, caller.limitKey]);
      if (outcome.retryAfterMs !== undefined) {
        services.metrics.rateLimited.inc({ scope: 'actions' });
        return { isError: true, content: [{ type: 'text', text: `${rateLimitedError('actions', outcome).message} Nothing was run.` }] };
      }
      return toCallToolResult(await callTool(services, caller, { name: request.params.name, arguments: request.params.arguments, source: 'mcp' }));
    }),
  );
  return server;
}

function toMcpTool(exposed: ExposedTool): Tool {
  const tool = toTool(exposed);
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
    annotations: {
      title: tool.title,
      readOnlyHint: tool.effect === 'read',
      destructiveHint: tool.effect === 'delete',
      idempotentHint: tool.effect === 'read',
      // Every action talks to a third-party service.
      openWorldHint: true,
    },
  };
}

/** The text for the model; structured content where there is a machine-readable answer. */
function toCallToolResult(result: ToolResult): CallToolResult {
  const content: CallToolResult['content'] = [{ type: 'text', text: result.text }];
  if (result.status === 'success' && isRecord(result.data)) return { content, structuredContent: result.data, isError: false };
  if (result.status === 'connection_required') {
    return { content, structuredContent: { status: result.status, connectUrl: result.connectUrl, message: result.text }, isError: false };
  }
  return { content, isError: result.isError };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
