import { findAction, findIntegration } from '@patchbay/integrations';
import { markNeedsReauth } from '../connections/markNeedsReauth.js';
import { freshCredentials, needsReauthError } from '../connections/tokens.js';
import { findConnection } from '../connections/store.js';
import { findEndUser } from '../endUsers/store.js';
import { insertExecution } from '../executions/store.js';
import { invalidRequest, notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { newId } from '../ids.js';
import { appProviderSettings } from '../integrations/providerSettings.js';
import { recordEvent, wantsOptInEvent } from '../webhooks/outbox.js';
import { apiErrorForAction } from './actionErrorResponse.js';
import { executeAction } from './executeAction.js';

export const runAction: OperationHandler<'runAction'> = async ({ app, params, body, services }) => {
  const { db } = services;
  const integration = findIntegration(params.slug);
  if (!integration) throw notFound(`Unknown integration "${params.slug}".`);
  const action = findAction(integration, params.action);
  if (!action) throw notFound(`${integration.metadata.name} has no action "${params.action}".`);

  const input = action.input.safeParse(body.input);
  if (!input.success) {
    const details = input.error.issues.map((issue) => ({ path: ['body', 'input', ...issue.path.map(String)].join('/'), message: issue.message }));
    throw invalidRequest(`${details[0]!.path}: ${details[0]!.message}`, details);
  }

  const endUser = await findEndUser(db, app.id, body.endUserId);
  const connection = endUser && (await findConnection(db, app.id, endUser.id, integration.metadata.slug));
  if (!endUser || !connection) {
    throw notFound(`End user "${body.endUserId}" has no ${integration.metadata.name} connection.`);
  }
  if (connection.status !== 'active') throw needsReauthError(integration.metadata.name);

  const startedAt = new Date();
  const outcome = await executeAction({
    integration,
    action,
    input: input.data,
    credentials: await freshCredentials(services, integration, connection),
    apiBaseUrl: (await appProviderSettings(services, app.id, integration)).apiBaseUrl,
    endUser,
    logger: services.logger.child({ appId: app.id, integration: integration.metadata.slug, action: action.id }),
  });
  // The provider no longer accepts the grant: the end user must connect again.
  if (!outcome.ok && outcome.error.code === 'unauthorized') {
    await markNeedsReauth(db, app.id, connection.id, `${integration.metadata.name}: ${outcome.error.providerCode ?? 'unauthorized'}`);
  }

  const executionId = newId('exec');
  await db.transaction(async (trx) => {
    await insertExecution(trx, {
      id: executionId,
      appId: app.id,
      endUserId: endUser.id,
      connectionId: connection.id,
      integrationSlug: integration.metadata.slug,
      action: action.id,
      status: outcome.ok ? 'success' : 'failed',
      input: input.data,
      output: outcome.ok ? outcome.output : null,
      ...(outcome.ok
        ? {}
        : {
            error: {
              code: outcome.error.providerCode ?? outcome.error.code,
              message: outcome.error.message,
              providerCode: outcome.error.providerCode,
              providerStatus: outcome.error.providerStatus,
            },
          }),
      attempts: outcome.attempts,
      durationMs: outcome.durationMs,
      startedAt,
    });
    if (outcome.ok && (await wantsOptInEvent(trx, app.id, 'execution.succeeded'))) {
      await recordEvent(trx, app.id, 'execution.succeeded', {
        executionId,
        endUserId: endUser.externalId,
        integration: integration.metadata.slug,
        action: action.id,
        duration: outcome.durationMs,
      });
    }
    if (!outcome.ok) {
      await recordEvent(trx, app.id, 'execution.failed', {
        executionId,
        endUserId: endUser.externalId,
        integration: integration.metadata.slug,
        action: action.id,
        error: { code: outcome.error.providerCode ?? outcome.error.code, message: outcome.error.message },
      });
    }
  });

  if (!outcome.ok) throw apiErrorForAction(outcome.error, executionId);
  return {
    status: 200,
    body: { success: true, executionId, data: outcome.output as Record<string, unknown>, duration: outcome.durationMs },
  };
};
