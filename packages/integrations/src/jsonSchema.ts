import { z } from 'zod';
import type { ActionDefinition } from './define.js';

/** An action's input and output as JSON Schema (draft 2020-12), for docs, the API and the SDK. */
export function actionJsonSchemas(action: ActionDefinition): { inputSchema: Record<string, unknown>; outputSchema: Record<string, unknown> } {
  return {
    // Input as the caller writes it (defaults optional); output as we return it.
    inputSchema: z.toJSONSchema(action.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    outputSchema: z.toJSONSchema(action.output, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>,
  };
}
