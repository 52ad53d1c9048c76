// Writes src/generated/catalog.ts: every action's input and output, and every trigger's config and
// payload, as TypeScript types from the same zod schemas the server validates with, so
// `actions.run()` and `triggers.subscribe()` are checked per action and trigger.
import { writeFile } from 'node:fs/promises';
import { actionJsonSchemas, integrations, triggerJsonSchemas } from '@patchbay/integrations';
import { compile } from 'json-schema-to-typescript';
import { format } from 'prettier';

const pascal = (value: string) => value.replace(/(^|[-_])([a-z0-9])/g, (_match, _sep, letter: string) => letter.toUpperCase());

const declarations: string[] = [];

async function declare(name: string, schema: Record<string, unknown>): Promise<void> {
  const { $schema: _ignored, ...rest } = schema;
  declarations.push(await compile({ ...rest, title: name } as never, name, { bannerComment: '', additionalProperties: false, strictIndexSignatures: true, format: false }));
}

const catalog: string[] = [];
const triggerCatalog: string[] = [];
for (const integration of integrations) {
  const entries: string[] = [];
  for (const action of integration.actions) {
    const base = `${pascal(integration.metadata.slug)}${pascal(action.id)}`;
    const { inputSchema, outputSchema } = actionJsonSchemas(action);
    await declare(`${base}Input`, inputSchema);
    await declare(`${base}Output`, outputSchema);
    entries.push(`    ${action.id}: { input: ${base}Input; output: ${base}Output };`);
  }
  catalog.push(`  '${integration.metadata.slug}': {\n${entries.join('\n')}\n  };`);
  if (integration.triggers.length === 0) continue;
  const triggers: string[] = [];
  for (const trigger of integration.triggers) {
    const base = `${pascal(integration.metadata.slug)}${pascal(trigger.id)}Trigger`;
    const { configSchema, payloadSchema } = triggerJsonSchemas(trigger);
    await declare(`${base}Config`, configSchema);
    await declare(`${base}Payload`, payloadSchema);
    triggers.push(`    ${trigger.id}: { config: ${base}Config; payload: ${base}Payload };`);
  }
  triggerCatalog.push(`  '${integration.metadata.slug}': {\n${triggers.join('\n')}\n  };`);
}

const source = `// generated from packages/integrations — do not edit. Run \`pnpm generate\`.
/* eslint-disable */

${declarations.join('\n')}

/** Every integration's actions, with the input they take and the data they answer. */
export interface ActionCatalog {
${catalog.join('\n')}
}

/** Every integration's triggers, with the config a subscription takes and the payload each event carries. */
export interface TriggerCatalog {
${triggerCatalog.join('\n')}
}
`;
await writeFile(new URL('../src/generated/catalog.ts', import.meta.url), await format(source, { parser: 'typescript', singleQuote: true, printWidth: 100 }));
console.log(`catalog types for ${integrations.length} integrations, ${integrations.flatMap((integration) => integration.triggers).length} triggers`);
