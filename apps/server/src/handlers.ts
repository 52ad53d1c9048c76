import { runAction } from './actions/runAction.js';
import { createApp } from './apps/createApp.js';
import { authorizeConnection } from './connections/authorizeConnection.js';
import { connectionCallback } from './connections/connectionCallback.js';
import { listExecutions } from './executions/listExecutions.js';
import type { OperationHandlers } from './http/operations.js';
import { listIntegrations } from './integrations/listIntegrations.js';
import { listWebhookEndpoints } from './webhooks/listWebhookEndpoints.js';
import { createWebhookEndpoint } from './webhooks/createWebhookEndpoint.js';
import { getWebhookEndpoint } from './webhooks/getWebhookEndpoint.js';
import { updateWebhookEndpoint } from './webhooks/updateWebhookEndpoint.js';
import { deleteWebhookEndpoint } from './webhooks/deleteWebhookEndpoint.js';
import { getWebhookEndpointSecret } from './webhooks/getWebhookEndpointSecret.js';
import { rotateWebhookEndpointSecret } from './webhooks/rotateWebhookEndpointSecret.js';
import { sendTestWebhook } from './webhooks/sendTestWebhook.js';
import { listEvents } from './webhooks/listEvents.js';
import { listEventDeliveries } from './webhooks/listEventDeliveries.js';
import { resendEvent } from './webhooks/resendEvent.js';
import { resendFailedEvents } from './webhooks/resendFailedEvents.js';

/** Every operation of openapi.yaml, by operationId. */
export const handlers: OperationHandlers = {
  createApp,
  listIntegrations,
  authorizeConnection,
  connectionCallback,
  runAction,
  listExecutions,
  listWebhookEndpoints,
  createWebhookEndpoint,
  getWebhookEndpoint,
  updateWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpointSecret,
  rotateWebhookEndpointSecret,
  sendTestWebhook,
  listEvents,
  listEventDeliveries,
  resendEvent,
  resendFailedEvents,
};
