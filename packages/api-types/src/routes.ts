// generated from openapi.yaml — do not edit. Run `pnpm generate`.

export const routes = {
  createApp: {
    method: 'post',
    path: '/api/v1/apps',
    expressPath: '/api/v1/apps',
    security: 'none',
  },
  listIntegrations: {
    method: 'get',
    path: '/api/v1/integrations',
    expressPath: '/api/v1/integrations',
    security: 'apiKey',
  },
  authorizeConnection: {
    method: 'post',
    path: '/api/v1/connections/authorize',
    expressPath: '/api/v1/connections/authorize',
    security: 'apiKey',
  },
  connectionCallback: {
    method: 'get',
    path: '/api/v1/connections/callback',
    expressPath: '/api/v1/connections/callback',
    security: 'none',
  },
  runAction: {
    method: 'post',
    path: '/api/v1/integrations/{slug}/actions/{action}',
    expressPath: '/api/v1/integrations/:slug/actions/:action',
    security: 'apiKey',
  },
  listExecutions: {
    method: 'get',
    path: '/api/v1/executions',
    expressPath: '/api/v1/executions',
    security: 'apiKey',
  },
  listWebhookEndpoints: {
    method: 'get',
    path: '/api/v1/webhook-endpoints',
    expressPath: '/api/v1/webhook-endpoints',
    security: 'apiKey',
  },
  createWebhookEndpoint: {
    method: 'post',
    path: '/api/v1/webhook-endpoints',
    expressPath: '/api/v1/webhook-endpoints',
    security: 'apiKey',
  },
  getWebhookEndpoint: {
    method: 'get',
    path: '/api/v1/webhook-endpoints/{endpointId}',
    expressPath: '/api/v1/webhook-endpoints/:endpointId',
    security: 'apiKey',
  },
  deleteWebhookEndpoint: {
    method: 'delete',
    path: '/api/v1/webhook-endpoints/{endpointId}',
    expressPath: '/api/v1/webhook-endpoints/:endpointId',
    security: 'apiKey',
  },
  updateWebhookEndpoint: {
    method: 'patch',
    path: '/api/v1/webhook-endpoints/{endpointId}',
    expressPath: '/api/v1/webhook-endpoints/:endpointId',
    security: 'apiKey',
  },
  getWebhookEndpointSecret: {
    method: 'get',
    path: '/api/v1/webhook-endpoints/{endpointId}/secret',
    expressPath: '/api/v1/webhook-endpoints/:endpointId/secret',
    security: 'apiKey',
  },
  rotateWebhookEndpointSecret: {
    method: 'post',
    path: '/api/v1/webhook-endpoints/{endpointId}/rotate-secret',
    expressPath: '/api/v1/webhook-endpoints/:endpointId/rotate-secret',
    security: 'apiKey',
  },
  sendTestWebhook: {
    method: 'post',
    path: '/api/v1/webhook-endpoints/{endpointId}/test',
    expressPath: '/api/v1/webhook-endpoints/:endpointId/test',
    security: 'apiKey',
  },
  listEvents: {
    method: 'get',
    path: '/api/v1/events',
    expressPath: '/api/v1/events',
    security: 'apiKey',
  },
  resendFailedEvents: {
    method: 'post',
    path: '/api/v1/events/resend-failed',
    expressPath: '/api/v1/events/resend-failed',
    security: 'apiKey',
  },
  listEventDeliveries: {
    method: 'get',
    path: '/api/v1/events/{eventId}/deliveries',
    expressPath: '/api/v1/events/:eventId/deliveries',
    security: 'apiKey',
  },
  resendEvent: {
    method: 'post',
    path: '/api/v1/events/{eventId}/resend',
    expressPath: '/api/v1/events/:eventId/resend',
    security: 'apiKey',
  },
} as const;

export type OperationId = keyof typeof routes;
