import type { Schemas } from '@patchbay/api-types';
import { actionJsonSchemas, type ActionDefinition, type ActionEffect } from '@patchbay/integrations';
import type { ExposedTool } from './exposedTools.js';

const effectNotes: Record<ActionEffect, (name: string) => string> = {
  read: (name) => `Read-only: it changes nothing in ${name}.`,
  write: (name) => `It changes data in ${name}: make sure the user asked for this.`,
  delete: (name) => `It deletes data in ${name} for good: confirm with the user first.`,
};

/**
 * What a model reads to choose a tool: what it does, as whom, whether it changes anything, and
 * what happens when the account is not connected yet.
 */
function toolDescription(tool: ExposedTool): string {
  const name = tool.integration.metadata.name;
  const parts = [tool.action.description, `Acts as the user in their own ${name} account.`, effectNotes[tool.action.effect](name)];
  if (tool.connection === null) parts.push(`The user has not connected ${name} yet: calling this answers with a link for them to connect it.`);
  else if (tool.connection.status !== 'active') parts.push(`The user must reconnect ${name}: calling this answers with a link for them to do so.`);
  return parts.join(' ');
}

type JsonSchema = Record<string, unknown>;

/**
 * The tool's arguments schema: the action's input JSON Schema, without `$schema`. Model APIs take
 * only an object at the root (OpenAI refuses a root `anyOf`), so an input that is one of several
 * objects (`{ id }` or `{ email }`) becomes one object with every property optional and the rule
 * in its description; the action's own schema still decides when the call is made.
 */
function toolInputSchema(tool: ExposedTool): JsonSchema {
  let schema = inputSchemas.get(tool.action);
  if (!schema) {
    schema = modelReadySchema(actionJsonSchemas(tool.action).inputSchema);
    inputSchemas.set(tool.action, schema);
  }
  return schema;
}

// The catalog is code: each action's schema is derived once per process.
const inputSchemas = new WeakMap<ActionDefinition, JsonSchema>();

function modelReadySchema(input: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...schema } = input;
  const alternatives = schema.anyOf as JsonSchema[] | undefined;
  if (schema.type === 'object' || !alternatives?.every((alternative) => alternative.type === 'object')) return schema;
  const properties = Object.assign({}, ...alternatives.map((alternative) => alternative.properties as JsonSchema));
  const choices = alternatives.map((alternative) => `{ ${((alternative.required as string[] | undefined) ?? Object.keys(alternative.properties as JsonSchema)).join(', ')} }`);
  return { type: 'object', properties, description: `Give exactly one of: ${choices.join(' or ')}.` };
}

export function toTool(tool: ExposedTool): Schemas['Tool'] {
  return {
    name: tool.name,
    title: `${tool.integration.metadata.name}: ${tool.action.name}`,
    description: toolDescription(tool),
    inputSchema: toolInputSchema(tool),
    integration: { slug: tool.integration.metadata.slug, name: tool.integration.metadata.name },
    action: tool.action.id,
    effect: tool.action.effect,
    connection: tool.connection,
  };
}
