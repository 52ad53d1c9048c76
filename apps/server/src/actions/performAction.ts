import type { ActionDefinition, IntegrationDefinition } from '@patchbay/integrations';
import { markNeedsReauth } from '../connections/markNeedsReauth.js';
import type { ConnectionRow } from '../connections/store.js';
import { freshCredentials } from '../connections/tokens.js';
import type { EndUser } from '../endUsers/store.js';
import { saveExecution } from '../executions/store.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { LimitOutcome } from '../http/rateLimits.js';
import type { ExecutionSource } from '../executions/store.js';
import type { Services } from '../services.js';
import { recordEvent, wantsOptInEvent } from '../webhooks/outbox.js';
import { executeAction, type ActionOutcome } from './executeAction.js';

export interface ActionRun {
  executionId: string;
  appId: string;
  integration: IntegrationDefinition;
  action: ActionDefinition;
  /** Already validated against the action's input schema. */
  input: unknown;
  endUser: EndUser;
  connection: ConnectionRow;
  startedAt: Date;
  idempotencyKey?: string | undefined;
  source: ExecutionSource;
}

/**
 * Runs the action with fresh credentials, then records the execution and its webhook events in
 * one transaction. Sync calls and the async job both come here.
 */
export async function performAction(services: Services, run: ActionRun): Promise<ActionOutcome> {
  const { db } = services;
  const { integration, action, endUser, connection } = run;
  const settings = await appProviderSettings(services, run.appId, integration);
  await checkOutboundLimits(services, integration.metadata.slug, settings.clientId, connection.id);
  const outcome = await executeAction({
    integration,
    action,
    input: run.input,
    credentials: await freshCredentials(services, integration, connection),
    apiBaseUrl: settings.apiBaseUrl,
    endUser,
    logger: services.logger.child({ appId: run.appId, integration: integration.metadata.slug, action: action.id, executionId: run.executionId }),
  });
  services.metrics.executions.inc({ integration: integration.metadata.slug, action: action.id, status: outcome.ok ? 'success' : 'failed' });
  // The provider no longer accepts the grant: the end user must connect again.
  if (!outcome.ok && outcome.error.code === 'unauthorized') {
    await markNeedsReauth(db, run.appId, connection.id, `${integration.metadata.name}: ${outcome.error.providerCode ?? 'unauthorized'}`);
  }
  const error = outcome.ok
    ? undefined
    : { code: outcome.error.providerCode ?? outcome.error.code, message: outcome.error.message, providerCode: outcome.error.providerCode, providerStatus: outcome.error.providerStatus };
  await db.transaction(async (trx) => {
    await saveExecution(trx, {
      id: run.executionId,
      appId: run.appId,
      endUserId: endUser.id,
      connectionId: connection.id,
      integrationSlug: integration.metadata.slug,
      action: action.id,
      status: outcome.ok ? 'success' : 'failed',
      source: run.source,
      input: run.input,
      output: outcome.ok ? outcome.output : undefined,
      error,
      attempts: outcome.attempts,
      durationMs: outcome.durationMs,
      startedAt: run.startedAt,
      finished: true,
      idempotencyKey: run.idempotencyKey,
    });
    const common = { executionId: run.executionId, endUserId: endUser.externalId, integration: integration.metadata.slug, action: action.id };
    if (outcome.ok && (await wantsOptInEvent(trx, run.appId, 'execution.succeeded'))) {
      await recordEvent(trx, run.appId, 'execution.succeeded', { ...common, duration: outcome.durationMs });
    }
    if (error) await recordEvent(trx, run.appId, 'execution.failed', { ...common, error: { code: error.code, message: error.message } });
  });
  return outcome;
}

/** Outbound caps were reached: nothing was sent. Sync calls answer 429, queued ones wait. */
export class OutboundLimitError extends Error {
  override name = 'OutboundLimitError';
  constructor(
    readonly scope: 'provider' | 'connection',
    readonly outcome: LimitOutcome,
  ) {
    super(`outbound ${scope} limit reached`);
  }
}

/**
 * Per provider OAuth client and per connection, shared across processes with REDIS_URL: one
 * busy app cannot get a shared client banned by the provider, nor one user's token throttled.
 */
export async function checkOutboundLimits(services: Services, slug: string, clientId: string | undefined, connectionId: string): Promise<void> {
  for (const [scope, key] of [['provider', `${slug}:${clientId ?? 'none'}`], ['connection', connectionId]] as const) {
    const outcome = await services.rateLimits.consume(scope, [key]);
    if (outcome.retryAfterMs !== undefined) {
      services.metrics.rateLimited.inc({ scope });
      throw new OutboundLimitError(scope, outcome);
    }
  }
}
