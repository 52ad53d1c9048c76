export { Patchbay } from './client.js';
export type { PatchbayOptions } from './core.js';
export {
  APIError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PatchbayError,
  PermissionError,
  ProviderError,
  RateLimitError,
  ValidationError,
  WebhookVerificationError,
  type ErrorDetail,
} from './errors.js';
export { Page } from './pagination.js';
export { ExecutionPage } from './resources/executions.js';
export type { ActionId, ActionInput, ActionOutput, ActionResult, IntegrationSlug, RunOptions } from './resources/actions.js';
export { isTriggerEvent, verifyWebhook, type TriggerFiredEvent, type WebhookEvent } from './webhooks.js';
export type { ExecuteToolOptions, ExecuteToolParams, ListToolsParams } from './resources/tools.js';
export type {
  AnthropicTool,
  McpTool,
  OpenAIResponsesTool,
  OpenAITool,
  PatchbayTool,
  ToolFormat,
  ToolFormats,
  ToolInputSchema,
  ToolResult,
  VercelAITool,
  VercelAIToolSet,
} from './toolFormats.js';
export type { ActionCatalog, TriggerCatalog } from './generated/catalog.js';
export type { TriggerConfig, TriggerId, TriggerIntegration, TriggerPayload, TriggerRun, TriggerSubscription } from './resources/triggers.js';
export type { components, operations, paths } from './generated/openapi.js';
