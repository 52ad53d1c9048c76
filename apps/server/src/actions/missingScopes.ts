import type { Schemas } from '@patchbay/api-types';
import { missingScopes } from '@patchbay/integrations';
import { createRepairLink } from '../connect/repairLinks.js';
import { saveExecution } from '../executions/store.js';
import { ApiError } from '../http/apiError.js';
import type { Services } from '../services.js';
import { recordEvent } from '../webhooks/outbox.js';
import type { ActionRun } from './performAction.js';

/** The connection lacks scopes the action needs: recorded as a failed execution, nothing sent. */
export class MissingScopesError extends Error {
  override name = 'MissingScopesError';
  constructor(
    readonly executionId: string,
    readonly missing: string[],
    readonly repairLink: Schemas['RepairLinkSummary'],
    message: string,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return new ApiError({
      status: 403,
      type: 'permission_error',
      code: 'missing_scopes',
      message: this.message,
      executionId: this.executionId,
      missingScopes: this.missing,
      repairLink: this.repairLink,
    });
  }
}

/**
 * When the scopes the connection was granted are known and lack one the action declares, records
 * the failed execution (and `execution.failed`) with a repair link asking for what is missing,
 * then throws MissingScopesError, before anything is sent to the provider.
 */
export async function failIfMissingScopes(services: Services, run: ActionRun): Promise<void> {
  const { connection, integration, action } = run;
  if (connection.granted_scopes === null) return;
  const missing = missingScopes(action.scopes, connection.granted_scopes);
  if (missing.length === 0) return;
  const message = `${integration.metadata.name} did not grant ${missing.join(', ')}, which ${action.id} needs: send the end user error.repairLink.url to grant it.`;
  const link = await services.db.transaction(async (trx) => {
    await saveExecution(trx, {
      id: run.executionId,
      appId: run.appId,
      endUserId: run.endUser.id,
      connectionId: connection.id,
      integrationSlug: integration.metadata.slug,
      action: action.id,
      status: 'failed',
      input: run.input,
      error: { code: 'missing_scopes', message },
      attempts: [],
      durationMs: 0,
      startedAt: run.startedAt,
      finished: true,
      idempotencyKey: run.idempotencyKey,
      source: run.source,
    });
    await recordEvent(trx, run.appId, 'execution.failed', {
      executionId: run.executionId,
      endUserId: run.endUser.externalId,
      integration: integration.metadata.slug,
      action: action.id,
      error: { code: 'missing_scopes', message },
    });
    return createRepairLink(services, trx, { appId: run.appId, connectionId: connection.id, endUserId: run.endUser.id, integrationSlug: integration.metadata.slug, grantedScopes: connection.granted_scopes }, missing);
  });
  throw new MissingScopesError(run.executionId, missing, { url: link.url, expiresAt: link.expiresAt }, message);
}
