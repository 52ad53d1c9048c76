import { ActionError, type ActionDefinition, type Credentials, type IntegrationDefinition } from '@patchbay/integrations';
import type { Logger } from 'pino';
import type { EndUser } from '../endUsers/store.js';
import { createProviderFetch } from './providerFetch.js';
import { PacingTimeout, type Pace } from './providerPacer.js';
import { withRetries, type AttemptResult, type RetryPolicy } from './retry.js';

/** Per attempt, counted from its first provider call (waiting for a rate limit is not the provider's time). */
export const actionTimeoutMs = 20_000;

/** One try at the provider, as the execution log keeps it. */
export interface AttemptRecord {
  number: number;
  startedAt: Date;
  durationMs: number;
  /** Of durationMs, the time spent waiting for the provider's rate limit. */
  waitedMs: number;
  /** The status of the provider's last answer in this attempt. */
  providerStatus: number | undefined;
  providerCode: string | undefined;
  error: { code: string; message: string } | undefined;
  delayBeforeNextMs: number | undefined;
}

export type ActionOutcome =
  | { ok: true; output: unknown; durationMs: number; attempts: AttemptRecord[] }
  | { ok: false; error: ActionError; durationMs: number; attempts: AttemptRecord[] };

interface ExecuteOptions {
  integration: IntegrationDefinition;
  action: ActionDefinition;
  input: unknown;
  credentials: Credentials;
  apiBaseUrl: string;
  endUser: EndUser;
  /** The action's logger, made on first use: most runs never log, and a child logger costs a redaction pass. */
  logger: () => Logger;
  /** A pacer for one attempt's provider calls, told of each wait. */
  pacer(onWait: (ms: number) => void): Pace;
  retryPolicy?: RetryPolicy;
}

/**
 * Runs an action, retrying 429/5xx/network failures with backoff, and reports every attempt.
 * Never throws for provider trouble: it reports it as an ActionError. It throws PacingTimeout
 * when the provider's rate limit leaves no slot within the caller's budget before anything was
 * sent, so the caller can answer 429 or queue the action for later.
 */
export async function executeAction(options: ExecuteOptions): Promise<ActionOutcome> {
  const started = performance.now();
  const records: Omit<AttemptRecord, 'delayBeforeNextMs'>[] = [];
  const sent = { calls: 0 };
  const { result, delaysMs } = await withRetries(async (number) => {
    const { result: attemptResult, record } = await executeOnce(options, number, sent);
    records.push(record);
    return attemptResult;
  }, options.retryPolicy);
  const durationMs = Math.round(performance.now() - started);
  const attempts = records.map((record, index) => ({ ...record, delayBeforeNextMs: delaysMs[index] }));
  return result.ok ? { ok: true, output: result.value, durationMs, attempts } : { ok: false, error: result.error, durationMs, attempts };
}

async function executeOnce(
  options: ExecuteOptions,
  number: number,
  sent: { calls: number },
): Promise<{ result: AttemptResult<unknown>; record: Omit<AttemptRecord, 'delayBeforeNextMs'> }> {
  const { integration, action, credentials } = options;
  const startedAt = new Date();
  const started = performance.now();
  const tally = { waitedMs: 0, providerStatus: undefined as number | undefined };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const pace = options.pacer((ms) => {
    tally.waitedMs += ms;
  });
  const fetchProvider = createProviderFetch(integration, options.apiBaseUrl, credentials, controller.signal, (send) =>
    pace(() => {
      timer ??= setTimeout(() => controller.abort(), actionTimeoutMs);
      sent.calls += 1;
      return send();
    }),
  );
  let result: AttemptResult<unknown>;
  try {
    const raw = await action.execute(options.input, credentials, {
      fetch: async (path, init) => {
        const response = await fetchProvider(path, init);
        tally.providerStatus = response.status;
        return response;
      },
      logger: {
        info: (message, fields) => options.logger().info(fields ?? {}, message),
        warn: (message, fields) => options.logger().warn(fields ?? {}, message),
      },
      endUser: { id: options.endUser.externalId, email: options.endUser.email, name: options.endUser.name },
      signal: controller.signal,
    });
    const output = action.output.safeParse(raw);
    if (output.success) {
      result = { ok: true, value: output.data };
    } else {
      options.logger().warn({ issues: output.error.issues, attempt: number }, 'action output does not match its schema');
      result = { ok: false, error: new ActionError({ code: 'provider_error', message: `${integration.metadata.name} answered in an unexpected shape.`, providerStatus: 200 }) };
    }
  } catch (error) {
    // Nothing reached the provider yet: the caller decides (a 429, or the queue), no execution.
    if (error instanceof PacingTimeout && sent.calls === 0) throw error;
    result = { ok: false, error: toActionError(error, integration, controller.signal) };
  } finally {
    clearTimeout(timer);
  }
  const failure = result.ok ? undefined : result.error;
  return {
    result,
    record: {
      number,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      waitedMs: Math.round(tally.waitedMs),
      providerStatus: failure?.providerStatus ?? tally.providerStatus,
      providerCode: failure?.providerCode,
      error: failure && { code: failure.code, message: failure.message },
    },
  };
}

/** What went wrong calling the provider, as an ActionError (a timeout, a body that is not JSON, no answer). */
export function toActionError(error: unknown, integration: IntegrationDefinition, signal: AbortSignal): ActionError {
  if (error instanceof ActionError) return error;
  const name = integration.metadata.name;
  if (error instanceof PacingTimeout) {
    return new ActionError({ code: 'rate_limited', message: `${name}: ${error.message}.`, retryAfter: Math.ceil(error.retryAfterMs / 1000) });
  }
  if (signal.aborted) {
    return new ActionError({ code: 'timeout', message: `${name} did not answer within ${actionTimeoutMs / 1000} s.` });
  }
  if (error instanceof SyntaxError) {
    return new ActionError({ code: 'provider_error', message: `${name} answered with a body that is not JSON.` });
  }
  // The transport rejects on network failures (DNS, refused, reset).
  return new ActionError({ code: 'provider_error', message: `${name} could not be reached.` });
}
