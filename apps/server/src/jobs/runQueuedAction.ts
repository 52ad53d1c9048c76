import { findAction, findIntegration } from '@patchbay/integrations';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { OutboundLimitError, performAction } from '../actions/performAction.js';
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
    await performAction(services, {
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
    }).catch(async (error: unknown) => {
      if (!(error instanceof OutboundLimitError)) throw error;
      // Over an outbound cap: wait for a free slot instead of failing.
      await db('executions').where({ app_id: appId, id: executionId }).update({ status: 'queued' });
      await queueAction(db, { appId, executionId, input }, new Date(Date.now() + (error.outcome.retryAfterMs ?? 1000)));
    });
  };
}
