import { findAction } from '@patchbay/integrations';
import { needsReauthError } from '../connections/tokens.js';
import { saveExecution } from '../executions/store.js';
import { ApiError, invalidField, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { enabledIntegration } from '../integrations/enabledIntegration.js';
import { newId } from '../ids.js';
import { apiErrorForAction } from './actionErrorResponse.js';
import { checkIdempotencyKey, requestFingerprint, withIdempotency, type StoredResponse } from './idempotency.js';
import { failIfMissingScopes, MissingScopesError } from './missingScopes.js';
import { performAction, type ActionRun } from './performAction.js';
import { pacingRefusal, PacingTimeout } from './providerPacer.js';
import { queueAction } from './queue.js';

export const runAction: OperationHandler<'runAction'> = async ({ app, params, body, headers, requestId, services }) => {
  const { db } = services;
  // Nothing was sent: a 403 with a repair link, or a 429 when the provider's rate limit has no slot in time.
  const toApiError = (error: unknown): never => {
    if (error instanceof MissingScopesError) throw error.toApiError();
    if (error instanceof PacingTimeout) throw pacingRefusal(services, error);
    throw error;
  };
  const integration = await enabledIntegration(services, app.id, params.slug);
  const action = findAction(integration, params.action);
  if (!action) throw notFound(`${integration.metadata.name} has no action "${params.action}".`);
  const idempotencyKey = checkIdempotencyKey(headers['idempotency-key']);

  const input = action.input.safeParse(body.input);
  if (!input.success) throw invalidField('input', input.error.issues);

  const found = await services.endUserConnections(app.id, body.endUserId, integration.metadata.slug);
  if (!found) throw notFound(`End user "${body.endUserId}" has no ${integration.metadata.name} connection.`);
  const { endUser, connection } = found;
  if (connection.status !== 'active') throw needsReauthError(integration.metadata.name);

  const async = body.mode === 'async' || /\brespond-async\b/.test(String(headers.prefer ?? ''));
  const run: ActionRun = {
    executionId: newId('exec'),
    appId: app.id,
    integration,
    action,
    input: input.data,
    endUser,
    connection,
    startedAt: new Date(),
    idempotencyKey,
    source: 'api',
  };

  const respond = async (): Promise<StoredResponse> => {
    if (async) {
      // Known missing scopes fail now, not in the background.
      await failIfMissingScopes(services, run).catch(toApiError);
      await db.transaction(async (trx) => {
        await saveExecution(trx, {
          id: run.executionId,
          appId: app.id,
          endUserId: endUser.id,
          connectionId: connection.id,
          integrationSlug: integration.metadata.slug,
          action: action.id,
          status: 'queued',
          source: run.source,
          input: input.data,
          attempts: [],
          durationMs: 0,
          startedAt: run.startedAt,
          finished: false,
          idempotencyKey,
        });
        await queueAction(trx, { appId: app.id, executionId: run.executionId, input: input.data });
      });
      return { status: 202, body: { executionId: run.executionId, status: 'queued' } };
    }
    const outcome = await performAction(services, run, 'sync').catch(toApiError);
    if (!outcome.ok) {
      const error = apiErrorForAction(outcome.error, run.executionId);
      return { status: error.status, body: error.toBody(requestId), headers: error.headers };
    }
    return { status: 200, body: { success: true, executionId: run.executionId, data: outcome.output as Record<string, unknown>, duration: outcome.durationMs } };
  };

  const response = idempotencyKey
    ? await withIdempotency(db, app.id, idempotencyKey, requestFingerprint([params.slug, params.action, body]), respond)
    : { ...(await respond()), replayed: false };
  const replayHeaders: Record<string, string> = response.replayed ? { 'Idempotent-Replayed': 'true' } : {};
  if (response.status === 200 || response.status === 202) {
    return { status: response.status, body: response.body as never, headers: replayHeaders };
  }
  // A recorded provider failure, first time or replayed: the same error body again.
  const errorBody = response.body as ReturnType<ApiError['toBody']>;
  throw new ApiError({ ...errorBody.error, status: response.status, headers: { ...response.headers, ...replayHeaders } });
};
