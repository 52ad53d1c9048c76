export * from './define.js';
export * from './errors.js';
export { integrations, findIntegration, findAction } from './registry.js';
export { slack } from './providers/slack/index.js';
export { requestJson } from './providerHttp.js';
export { actionJsonSchemas } from './jsonSchema.js';
export { toolName, catalogTools, findTool, type CatalogTool } from './toolName.js';
export { environmentPrefix, providerEnvironmentSuffixes } from './environment.js';
