// Which @patchbay/node method calls which operation, and how its arguments map to the operation's
// path parameters, query and body. The reference's Node samples are generated from this table
// and typechecked against the SDK (`npm test`), so a renamed method or a changed signature fails
// there instead of showing readers code that does not compile. Operations the SDK does not
// cover (the dashboard's session, the browser's connect-session calls, the OAuth callback, the
// proxy) get curl and fetch samples only.

/** `path.<name>` or `query.<name>`: one parameter; `query`/`body`: the whole query or body. */
export type SdkArgument = `path.${string}` | `query.${string}` | 'query' | 'body';

export interface SdkCall {
  /** `resource.method` on a `Patchbay` instance. */
  method: string;
  args: SdkArgument[];
}

export const sdkCalls: Record<string, SdkCall> = {
  listIntegrations: { method: 'integrations.list', args: [] },
  getIntegration: { method: 'integrations.get', args: ['path.slug'] },
  updateIntegration: { method: 'integrations.update', args: ['path.slug', 'body'] },
  setOAuthClient: { method: 'integrations.setOAuthClient', args: ['path.slug', 'body'] },
  deleteOAuthClient: { method: 'integrations.deleteOAuthClient', args: ['path.slug'] },
  authorizeConnection: { method: 'connections.authorize', args: ['body'] },
  createConnection: { method: 'connections.create', args: ['body'] },
  listConnections: { method: 'connections.list', args: ['query'] },
  getConnection: { method: 'connections.get', args: ['path.connectionId'] },
  deleteConnection: { method: 'connections.delete', args: ['path.connectionId'] },
  createConnectSession: { method: 'connectSessions.create', args: ['body'] },
  listEndUsers: { method: 'endUsers.list', args: ['query'] },
  getEndUser: { method: 'endUsers.get', args: ['path.endUserId'] },
  deleteEndUser: { method: 'endUsers.delete', args: ['path.endUserId'] },
  runAction: { method: 'actions.run', args: ['path.slug', 'path.action', 'body'] },
  listExecutions: { method: 'executions.list', args: ['query'] },
  getExecutionTimeseries: { method: 'executions.timeseries', args: ['query'] },
  getExecution: { method: 'executions.get', args: ['path.executionId'] },
  getUsage: { method: 'usage.get', args: ['query'] },
  getBillingEstimate: { method: 'usage.estimate', args: ['query.period'] },
  listWebhookEndpoints: { method: 'webhookEndpoints.list', args: [] },
  createWebhookEndpoint: { method: 'webhookEndpoints.create', args: ['body'] },
  getWebhookEndpoint: { method: 'webhookEndpoints.get', args: ['path.endpointId'] },
  updateWebhookEndpoint: { method: 'webhookEndpoints.update', args: ['path.endpointId', 'body'] },
  deleteWebhookEndpoint: { method: 'webhookEndpoints.delete', args: ['path.endpointId'] },
  getWebhookEndpointSecret: { method: 'webhookEndpoints.secret', args: ['path.endpointId'] },
  rotateWebhookEndpointSecret: { method: 'webhookEndpoints.rotateSecret', args: ['path.endpointId'] },
  sendTestWebhook: { method: 'webhookEndpoints.sendTest', args: ['path.endpointId'] },
  listEvents: { method: 'events.list', args: ['query'] },
  listEventDeliveries: { method: 'events.deliveries', args: ['path.eventId'] },
  resendEvent: { method: 'events.resend', args: ['path.eventId', 'body'] },
  resendFailedEvents: { method: 'events.resendFailed', args: ['body'] },
  listTools: { method: 'tools.list', args: ['query'] },
  executeTool: { method: 'tools.execute', args: ['body'] },
  createToolToken: { method: 'tools.createToken', args: ['body'] },
  revokeToolToken: { method: 'tools.revokeToken', args: ['path.tokenId'] },
  getToolSettings: { method: 'tools.settings', args: [] },
  updateToolSettings: { method: 'tools.updateSettings', args: ['body'] },
  getApp: { method: 'app.get', args: [] },
  updateApp: { method: 'app.update', args: ['body'] },
};
