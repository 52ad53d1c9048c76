import { fillPath, type SpecOperation } from './specOperations.js';

/** Who calls: each credential the API knows, or none. */
export type Caller =
  | { apiKey: string }
  | { sessionToken: string }
  | { toolToken: string }
  | { cookie: string; csrf?: string; app?: string }
  | Record<string, never>;

export interface OperationCall {
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export function callerHeaders(caller: Caller): Record<string, string> {
  if ('apiKey' in caller) return { 'x-api-key': caller.apiKey };
  if ('sessionToken' in caller) return { authorization: `Bearer ${caller.sessionToken}` };
  if ('toolToken' in caller) return { authorization: `Bearer ${caller.toolToken}` };
  if ('cookie' in caller) {
    return { cookie: caller.cookie, ...(caller.csrf ? { 'x-csrf-token': caller.csrf } : {}), ...(caller.app ? { 'x-patchbay-app': caller.app } : {}) };
  }
  return {};
}

/** Calls one spec operation over HTTP as `caller`; the answer is kept as text. */
export async function callOperation(baseUrl: string, operation: SpecOperation, call: OperationCall, caller: Caller): Promise<RawAnswer> {
  const query = call.query && Object.keys(call.query).length > 0 ? `?${new URLSearchParams(call.query)}` : '';
  // MCP's Streamable HTTP transport answers 406 unless the client takes both.
  const accept: Record<string, string> = operation.path === '/mcp' ? { accept: 'application/json, text/event-stream' } : {};
  const headers: Record<string, string> = { ...accept, ...callerHeaders(caller), ...call.headers };
  if (call.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${baseUrl}${fillPath(operation, call.path ?? {})}${query}`, {
    method: operation.method.toUpperCase(),
    headers,
    ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
