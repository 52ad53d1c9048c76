import { runAction } from './actions/runAction.js';
import { createApp } from './apps/createApp.js';
import { authorizeConnection } from './connections/authorizeConnection.js';
import { connectionCallback } from './connections/connectionCallback.js';
import { listExecutions } from './executions/listExecutions.js';
import type { OperationHandlers } from './http/operations.js';
import { listIntegrations } from './integrations/listIntegrations.js';

/** Every operation of openapi.yaml, by operationId. */
export const handlers: OperationHandlers = {
  createApp,
  listIntegrations,
  authorizeConnection,
  connectionCallback,
  runAction,
  listExecutions,
};
