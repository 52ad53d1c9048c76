import { z } from 'zod';
import type { ActionDefinition } from './define.js';
import type { TriggerDefinition } from './triggers.js';

/** An action's input and output as JSON Schema (draft 2020-12), for docs, the API and the SDK. */
export function actionJsonSchemas(action: ActionDefinition): { inputSchema: Record<string, unknown>; outputSchema: Record<string, unknown> } {
  return {
    // Input as the caller writes it (defaults optional); output as we return it.
    inputSchema: z.toJSONSchema(action.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    outputSchema: z.toJSONSchema(action.output, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
  };
}

/** A trigger's config (as the subscriber writes it) and payload (as delivered) as JSON Schema. */
export function triggerJsonSchemas(trigger: TriggerDefinition): { configSchema: Record<string, unknown>; payloadSchema: Record<string, unknown> } {
  return {
    configSchema: z.toJSONSchema(trigger.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    payloadSchema: z.toJSONSchema(trigger.payload, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
  };
}
