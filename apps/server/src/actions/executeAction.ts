import { ActionError, type ActionDefinition, type Credentials, type IntegrationDefinition } from '@patchbay/integrations';
import type { Logger } from 'pino';
import type { EndUser } from '../endUsers/store.js';
import { createProviderFetch } from './providerFetch.js';
import { withRetries, type AttemptResult, type RetryPolicy } from './retry.js';

/** Per attempt; retries have their own budget (retry.ts). */
export const actionTimeoutMs = 20_000;

export type ActionOutcome =
  | { ok: true; output: unknown; durationMs: number; attempts: number }
  | { ok: false; error: ActionError; durationMs: number; attempts: number };

/**
 * Runs an action, retrying 429/5xx/network failures with backoff. Never throws for provider
 * trouble: it reports it as an ActionError with the number of attempts made.
 */
export async function executeAction(options: ExecuteOptions & { retryPolicy?: RetryPolicy }): Promise<ActionOutcome> {
  const started = performance.now();
  const { result, attempts } = await withRetries((number) => executeOnce(options, number), options.retryPolicy);
  const durationMs = Math.round(performance.now() - started);
  return result.ok ? { ok: true, output: result.value, durationMs, attempts } : { ok: false, error: result.error, durationMs, attempts };
}

interface ExecuteOptions {
  integration: IntegrationDefinition;
  action: ActionDefinition;
  input: unknown;
  credentials: Credentials;
  apiBaseUrl: string;
  endUser: EndUser;
  logger: Logger;
}

async function executeOnce(options: ExecuteOptions, attempt: number): Promise<AttemptResult<unknown>> {
  const { integration, action, credentials } = options;
  const signal = AbortSignal.timeout(actionTimeoutMs);
  try {
    const raw = await action.execute(options.input, credentials, {
      fetch: createProviderFetch(integration, options.apiBaseUrl, credentials, signal),
      logger: {
        info: (message, fields) => options.logger.info(fields ?? {}, message),
        warn: (message, fields) => options.logger.warn(fields ?? {}, message),
      },
      endUser: { id: options.endUser.externalId, email: options.endUser.email, name: options.endUser.name },
      signal,
    });
    const output = action.output.safeParse(raw);
    if (!output.success) {
      options.logger.warn({ issues: output.error.issues, attempt }, 'action output does not match its schema');
      return { ok: false, error: new ActionError({ code: 'provider_error', message: `${integration.metadata.name} answered in an unexpected shape.`, providerStatus: 200 }) };
    }
    return { ok: true, value: output.data };
  } catch (error) {
    return { ok: false, error: toActionError(error, integration, signal) };
  }
}

/** What went wrong calling the provider, as an ActionError (a timeout, a body that is not JSON, no answer). */
export function toActionError(error: unknown, integration: IntegrationDefinition, signal: AbortSignal): ActionError {
  if (error instanceof ActionError) return error;
  const name = integration.metadata.name;
  if (signal.aborted) {
    return new ActionError({ code: 'timeout', message: `${name} did not answer within ${actionTimeoutMs / 1000} s.` });
  }
  if (error instanceof SyntaxError) {
    return new ActionError({ code: 'provider_error', message: `${name} answered with a body that is not JSON.` });
  }
  // fetch rejects with TypeError on network failures (DNS, refused, reset).
  return new ActionError({ code: 'provider_error', message: `${name} could not be reached.` });
}
