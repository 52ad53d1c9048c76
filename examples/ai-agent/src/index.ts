export { Agent, type AgentOptions, type AgentTurn, type ToolCallReport } from './agent.js';
export { scriptedModel, scriptedOpenAI } from './scriptedModel.js';
