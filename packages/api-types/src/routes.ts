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
} as const;

export type OperationId = keyof typeof routes;
