import { runAction } from './actions/runAction.js';
import { createApp } from './apps/createApp.js';
import { authorizeConnection } from './connections/authorizeConnection.js';
import { connectionCallback } from './connections/connectionCallback.js';
import { getExecution } from './executions/getExecution.js';
import { getExecutionTimeseries } from './executions/getExecutionTimeseries.js';
import { listExecutions } from './executions/listExecutions.js';
import type { OperationHandlers } from './http/operations.js';
import { signIn } from './dashboard/signIn.js';
import { signOut } from './dashboard/signOut.js';
import { getDashboardAccount } from './dashboard/getDashboardAccount.js';
import { createDashboardApp } from './dashboard/createDashboardApp.js';
import { listApiKeys } from './dashboard/listApiKeys.js';
import { createApiKey } from './dashboard/createApiKey.js';
import { revokeApiKey } from './dashboard/revokeApiKey.js';
import { getBillingEstimate } from './usage/getBillingEstimate.js';
import { getUsage } from './usage/getUsage.js';
import { getApp } from './apps/getApp.js';
import { updateApp } from './apps/updateApp.js';
import { setOAuthClient } from './integrations/setOAuthClient.js';
import { deleteOAuthClient } from './integrations/deleteOAuthClient.js';
import { listConnections } from './connections/listConnections.js';
import { createConnection } from './connections/createConnection.js';
import { getConnection } from './connections/getConnection.js';
import { deleteConnection } from './connections/deleteConnection.js';
import { createRepairLink } from './connections/createRepairLink.js';
import { checkConnectionHealth } from './connections/checkConnectionHealth.js';
import { listEndUsers } from './endUsers/listEndUsers.js';
import { getEndUser } from './endUsers/getEndUser.js';
import { deleteEndUser } from './endUsers/deleteEndUser.js';
import { createConnectSession } from './connect/createConnectSession.js';
import { listConnectIntegrations } from './connect/listConnectIntegrations.js';
import { listConnectConnections } from './connect/listConnectConnections.js';
import { deleteConnectConnection } from './connect/deleteConnectConnection.js';
import { startConnectOAuth } from './connect/startConnectOAuth.js';
import { submitConnectCredentials } from './connect/submitConnectCredentials.js';
import { getIntegration } from './integrations/getIntegration.js';
import { listIntegrations } from './integrations/listIntegrations.js';
import { updateIntegration } from './integrations/updateIntegration.js';
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
import { createTriggerSubscription } from './triggers/createTriggerSubscription.js';
import { listTriggerSubscriptions } from './triggers/listTriggerSubscriptions.js';
import { getTriggerSubscription } from './triggers/getTriggerSubscription.js';
import { deleteTriggerSubscription } from './triggers/deleteTriggerSubscription.js';
import { pauseTriggerSubscription } from './triggers/pauseTriggerSubscription.js';
import { resumeTriggerSubscription } from './triggers/resumeTriggerSubscription.js';
import { listTriggerRuns } from './triggers/listTriggerRuns.js';
import { listTools } from './tools/listTools.js';
import { executeTool } from './tools/executeTool.js';
import { createToolToken } from './tools/createToolToken.js';
import { revokeToolToken } from './tools/revokeToolToken.js';
import { getToolSettings } from './tools/getToolSettings.js';
import { updateToolSettings } from './tools/updateToolSettings.js';

/** Every operation of openapi.yaml, by operationId. */
export const handlers: OperationHandlers = {
  createApp,
  listIntegrations,
  getIntegration,
  updateIntegration,
  authorizeConnection,
  connectionCallback,
  runAction,
  listExecutions,
  getExecution,
  getExecutionTimeseries,
  getUsage,
  signIn,
  signOut,
  getDashboardAccount,
  createDashboardApp,
  listApiKeys,
  createApiKey,
  revokeApiKey,
  getBillingEstimate,
  getApp,
  updateApp,
  setOAuthClient,
  deleteOAuthClient,
  listConnections,
  createConnection,
  getConnection,
  deleteConnection,
  createRepairLink,
  checkConnectionHealth,
  listEndUsers,
  getEndUser,
  deleteEndUser,
  createConnectSession,
  listConnectIntegrations,
  listConnectConnections,
  deleteConnectConnection,
  startConnectOAuth,
  submitConnectCredentials,
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
  createTriggerSubscription,
  listTriggerSubscriptions,
  getTriggerSubscription,
  deleteTriggerSubscription,
  pauseTriggerSubscription,
  resumeTriggerSubscription,
  listTriggerRuns,
  listTools,
  executeTool,
  createToolToken,
  revokeToolToken,
  getToolSettings,
  updateToolSettings,
};
