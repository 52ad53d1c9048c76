import { findAction, findIntegration } from '@patchbay/integrations';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { MissingScopesError } from '../actions/missingScopes.js';
import { performAction } from '../actions/performAction.js';
import { PacingTimeout } from '../actions/providerPacer.js';
import { queueAction } from '../actions/queue.js';
import { findConnectionById } from '../connections/store.js';
import { findEndUserById } from '../endUsers/store.js';
import type { Services } from '../services.js';

const payloadSchema = z.object({ appId: z.string(), executionId: z.string(), input: z.unknown() });

/** Async mode: runs a queued execution once (a crash re-runs it only if it never finished). */
export function runQueuedAction(services: Services): Task {
  return async (rawPayload) => {
    const { appId, executionId, input } = payloadSchema.parse(rawPayload);
    const { db } = services;
    const [execution] = await db('executions')
      .where({ app_id: appId, id: executionId })
      .whereIn('status', ['queued', 'running'])
      .update({ status: 'running' })
      .returning(['end_user_id', 'connection_id', 'integration_slug', 'action', 'started_at', 'idempotency_key', 'source']);
    if (!execution) return;
    const integration = findIntegration(execution.integration_slug);
    const action = integration && findAction(integration, execution.action);
    const connection = await findConnectionById(db, appId, execution.connection_id);
    if (!integration || !action || !connection || connection.status !== 'active') {
      await db('executions')
        .where({ app_id: appId, id: executionId })
        .update({ status: 'failed', error_code: 'connection_unavailable', error_message: 'The connection was deleted or needs to be connected again.', finished_at: db.fn.now() });
      return;
    }
    const run = {
      executionId,
      appId,
      integration,
      action,
      input,
      endUser: await findEndUserById(db, appId, execution.end_user_id),
      connection,
      startedAt: execution.started_at,
      idempotencyKey: execution.idempotency_key ?? undefined,
      source: execution.source,
    };
    await performAction(services, run, 'async').catch(async (error: unknown) => {
      // Recorded as failed already.
      if (error instanceof MissingScopesError) return;
      if (!(error instanceof PacingTimeout)) throw error;
      // No slot at the provider for a while: back to the queue until then, instead of failing.
      await db('executions').where({ app_id: appId, id: executionId }).update({ status: 'queued' });
      await queueAction(db, { appId, executionId, input }, new Date(Date.now() + error.retryAfterMs));
    });
  };
}
