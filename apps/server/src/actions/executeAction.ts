import { ActionError, type ActionDefinition, type Credentials, type IntegrationDefinition } from '@patchbay/integrations';
import type { Logger } from 'pino';
import type { EndUser } from '../endUsers/store.js';
import { createProviderFetch } from './providerFetch.js';

export const actionTimeoutMs = 30_000;

export type ActionOutcome =
  | { ok: true; output: unknown; durationMs: number }
  | { ok: false; error: ActionError; durationMs: number };

/** Runs one action once: never throws for provider trouble, reports it as an ActionError. */
export async function executeAction(options: {
  integration: IntegrationDefinition;
  action: ActionDefinition;
  input: unknown;
  credentials: Credentials;
  apiBaseUrl: string;
  endUser: EndUser;
  logger: Logger;
}): Promise<ActionOutcome> {
  const { integration, action, credentials } = options;
  const started = performance.now();
  const signal = AbortSignal.timeout(actionTimeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
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
      options.logger.warn({ issues: output.error.issues }, 'action output does not match its schema');
      return {
        ok: false,
        durationMs: elapsed(),
        error: new ActionError({ code: 'provider_error', message: `${integration.metadata.name} answered in an unexpected shape.` }),
      };
    }
    return { ok: true, output: output.data, durationMs: elapsed() };
  } catch (error) {
    return { ok: false, durationMs: elapsed(), error: toActionError(error, integration, signal) };
  }
}

function toActionError(error: unknown, integration: IntegrationDefinition, signal: AbortSignal): ActionError {
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
