import { notFound } from '../http/apiError.js';
import type { OperationHandler } from '../http/operations.js';
import { toExecution } from './executionView.js';
import { listAttempts } from './attemptStore.js';
import { findExecutionDetail } from './store.js';

export const getExecution: OperationHandler<'getExecution'> = async ({ app, params, services }) => {
  const row = await findExecutionDetail(services.db, app.id, params.executionId);
  if (!row) throw notFound(`No execution ${params.executionId} in this app.`);
  return {
    status: 200,
    body: {
      ...toExecution(row),
      attempts: await listAttempts(services.db, app.id, params.executionId),
      input: row.input,
      output: row.output,
      finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    },
  };
};
