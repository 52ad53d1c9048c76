import type { ActionDefinition, IntegrationDefinition } from '@patchbay/integrations';
import type { Logger } from 'pino';
import { queueHealthCheck, recoverFromDegraded } from '../connectionHealth/healthStore.js';
import type { ConnectionRow } from '../connections/store.js';
import { freshCredentials } from '../connections/tokens.js';
import type { EndUser } from '../endUsers/store.js';
import { saveExecution, type ExecutionRecord } from '../executions/store.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import type { ExecutionSource } from '../executions/store.js';
import type { Services } from '../services.js';
import { recordEvent, wantsOptInEvent } from '../webhooks/outbox.js';
import { executeAction, type ActionOutcome } from './executeAction.js';
import { failIfMissingScopes } from './missingScopes.js';
import { createPacer } from './providerPacer.js';

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
 * Runs the action with fresh credentials, paced by the provider's rate limit, then records the
 * execution, its attempts and its webhook events in one transaction (one statement when there
 * is nothing but the execution and its attempts to write). Sync calls and the async
 * job both come here. Throws MissingScopesError (recorded, nothing sent) and PacingTimeout (no
 * slot at the provider within the caller's wait budget; nothing sent, nothing recorded).
 */
export async function performAction(services: Services, run: ActionRun, mode: 'sync' | 'async'): Promise<ActionOutcome> {
  const { db } = services;
  const { integration, action, endUser, connection } = run;
  await failIfMissingScopes(services, run);
  const settings = await appProviderSettings(services, run.appId, integration);
  let logger: Logger | undefined;
  const outcome = await executeAction({
    integration,
    action,
    input: run.input,
    credentials: await freshCredentials(services, integration, connection),
    apiBaseUrl: settings.apiBaseUrl,
    endUser,
    logger: () => (logger ??= services.logger.child({ appId: run.appId, integration: integration.metadata.slug, action: action.id, executionId: run.executionId })),
    pacer: (onWait) => createPacer(services, { integration, clientId: settings.clientId, connectionId: connection.id, mode, onWait }),
  });
  services.metrics.executions.inc({ integration: integration.metadata.slug, action: action.id, status: outcome.ok ? 'success' : 'failed' });
  const error = outcome.ok
    ? undefined
    : { code: outcome.error.providerCode ?? outcome.error.code, message: outcome.error.message, providerCode: outcome.error.providerCode, providerStatus: outcome.error.providerStatus };
  const execution: ExecutionRecord = {
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
  };
  // The usual sync success (a new row, no event, no health change) is one statement shared with
  // the successes finishing at the same moment; the rest a transaction.
  const plainSuccess = mode === 'sync' && outcome.ok && connection.health_status !== 'degraded';
  if (plainSuccess && (await services.insertSucceededExecution(execution))) return outcome;
  await db.transaction(async (trx) => {
    await saveExecution(trx, execution);
    // The provider refused the token: one health check (a forced refresh, then its own call)
    // tells a revoked grant from a token or a method it does not like, before anyone is told.
    if (!outcome.ok && outcome.error.code === 'unauthorized') {
      await queueHealthCheck(trx, { appId: run.appId, connectionId: connection.id, reason: 'unauthorized', since: new Date().toISOString() });
    }
    if (outcome.ok && connection.health_status === 'degraded') await recoverFromDegraded(trx, run.appId, connection.id);
    const common = { executionId: run.executionId, endUserId: endUser.externalId, integration: integration.metadata.slug, action: action.id };
    if (outcome.ok && (await wantsOptInEvent(trx, run.appId, 'execution.succeeded'))) {
      await recordEvent(trx, run.appId, 'execution.succeeded', { ...common, duration: outcome.durationMs });
    }
    if (error) await recordEvent(trx, run.appId, 'execution.failed', { ...common, error: { code: error.code, message: error.message } });
  });
  return outcome;
}
