import type { Schemas } from '@patchbay/api-types';
import type { ActionError } from '@patchbay/integrations';
import { MissingScopesError } from '../actions/missingScopes.js';
import { performAction } from '../actions/performAction.js';
import { PacingTimeout } from '../actions/providerPacer.js';
import { requestFingerprint, withIdempotency } from '../actions/idempotency.js';
import { insertConnectSession } from '../connect/sessionStore.js';
import { upsertEndUser } from '../endUsers/store.js';
import type { ExecutionSource } from '../executions/store.js';
import { findUnstorableText } from '../db/storableText.js';
import { ApiError } from '../http/apiError.js';
import { maxJsonDepth } from '../http/requestText.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import { findExposedTool, type ExposedTool } from './exposedTools.js';
import type { ToolCaller } from './toolCaller.js';

export type ToolResult = Schemas['ToolResult'];

export interface ToolCall {
  name: string;
  /** As the model gave them: an object, or a JSON string (OpenAI's `function.arguments`). */
  arguments: unknown;
  source: Exclude<ExecutionSource, 'api'>;
  idempotencyKey?: string | undefined;
}

/**
 * A model's tool call, run through the action engine (credentials, retries, outbound limits,
 * execution log, webhooks). Every mistake a model can make comes back as a result it can act on;
 * only failures of ours (and a reused idempotency key) throw.
 */
export async function callTool(services: Services, caller: ToolCaller, call: ToolCall): Promise<ToolResult> {
  const tool = await findExposedTool(services, caller, call.name);
  if (!tool) {
    return {
      status: 'unknown_tool',
      isError: true,
      text: `There is no tool named "${call.name}" for this user. Use one of the tools you were given.`,
    };
  }
  const parsed = parseArguments(call.arguments);
  if (!parsed.ok) return invalidArguments(tool, [{ path: '', message: parsed.message }]);
  // Arguments sent as a JSON string were never seen by the request boundary (http/requestText.ts).
  const unstorable = findUnstorableText(parsed.value, '', maxJsonDepth);
  if (unstorable) return invalidArguments(tool, [{ path: unstorable.path.replace(/^\//, ''), message: unstorable.message }]);
  const input = tool.action.input.safeParse(parsed.value);
  if (!input.success) return invalidArguments(tool, input.error.issues.map((issue) => ({ path: issue.path.map(String).join('/'), message: issue.message })));

  const found = await services.endUserConnections(caller.appId, caller.endUserId, tool.integration.metadata.slug);
  if (!found || found.connection.status !== 'active') return connectionRequired(services, caller, tool);
  const { endUser, connection } = found;

  const run = async () => {
    const executionId = newId('exec');
    const outcome = await performAction(services, {
      executionId,
      appId: caller.appId,
      integration: tool.integration,
      action: tool.action,
      input: input.data,
      endUser,
      connection,
      startedAt: new Date(),
      idempotencyKey: call.idempotencyKey,
      source: call.source,
    }, 'sync');
    const result: ToolResult = outcome.ok
      ? { status: 'success', isError: false, text: JSON.stringify(outcome.output), data: outcome.output, executionId }
      : { status: 'failed', isError: true, text: failureText(tool, outcome.error, executionId), executionId };
    return { status: 200, body: result };
  };
  try {
    const response = call.idempotencyKey
      ? await withIdempotency(services.db, caller.appId, call.idempotencyKey, requestFingerprint(['tool', caller.endUserId, call.name, input.data]), run)
      : await run();
    return response.body as ToolResult;
  } catch (error) {
    if (error instanceof PacingTimeout) {
      const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
      return { status: 'rate_limited', isError: true, text: `Too many calls to ${tool.integration.metadata.name} right now; nothing was sent. Retry in ${seconds} seconds.` };
    }
    if (error instanceof MissingScopesError) {
      const name = tool.integration.metadata.name;
      return {
        status: 'connection_required',
        isError: false,
        text: `The user's ${name} connection does not allow ${tool.name} (it lacks ${error.missing.join(', ')}), so nothing was done. Ask the user to open this link and grant it, then call ${tool.name} again: ${error.repairLink.url}`,
        connectUrl: error.repairLink.url,
      };
    }
    if (error instanceof ApiError && error.code === 'connection_needs_reauth') return connectionRequired(services, caller, tool);
    // Reused idempotency keys are the caller's mistake, not the model's: answer them as HTTP errors.
    if (error instanceof ApiError && error.type !== 'conflict_error') return { status: 'failed', isError: true, text: error.message };
    throw error;
  }
}

function parseArguments(raw: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw === undefined || raw === '') return { ok: true, value: {} };
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, message: 'is not valid JSON' };
  }
}

function invalidArguments(tool: ExposedTool, details: { path: string; message: string }[]): ToolResult {
  const lines = details.map((detail) => `- ${detail.path || '(arguments)'}: ${detail.message}`);
  return {
    status: 'invalid_arguments',
    isError: true,
    text: `The arguments do not match ${tool.name}'s input schema; nothing was run.\n${lines.join('\n')}\nFix them and call ${tool.name} again.`,
    details,
  };
}

function failureText(tool: ExposedTool, error: ActionError, executionId: string): string {
  const name = tool.integration.metadata.name;
  const code = error.providerCode ?? error.code;
  const hint =
    error.code === 'unauthorized'
      ? ` ${name} no longer accepts the user's connection: the next call will give a link to reconnect.`
      : ['invalid_input', 'not_found', 'forbidden'].includes(error.code)
        ? ' Check the arguments (ids, names) or ask the user.'
        : ' It may work if you try again later.';
  return `${name} did not do it (${code}): ${error.message}${hint} (execution ${executionId})`;
}

/** Nothing ran: a Connect Link (a 30-minute connect session for this one integration) for the user. */
async function connectionRequired(services: Services, caller: ToolCaller, tool: ExposedTool): Promise<ToolResult> {
  const { db, config } = services;
  const endUser = await upsertEndUser(db, caller.appId, caller.endUserId, undefined);
  const slug = tool.integration.metadata.slug;
  const session = await insertConnectSession(db, { id: newId('cs'), appId: caller.appId, endUserId: endUser.id, allowedIntegrations: [slug] });
  const connectUrl = `${config.publicUrl}/connect?session=${session.token}`;
  const name = tool.integration.metadata.name;
  return {
    status: 'connection_required',
    isError: false,
    text: `The user has not connected ${name} (or must connect it again), so nothing was done. Ask the user to open this link and connect ${name}, then call ${tool.name} again: ${connectUrl} (the link works for 30 minutes).`,
    connectUrl,
  };
}
