// Writes src/generated/catalog.ts: every action's input and output as TypeScript types, from
// the same zod schemas the server validates with, so `actions.run()` is checked per action.
import { writeFile } from 'node:fs/promises';
import { actionJsonSchemas, integrations } from '@patchbay/integrations';
import { compile } from 'json-schema-to-typescript';
import { format } from 'prettier';

const pascal = (value: string) => value.replace(/(^|[-_])([a-z0-9])/g, (_match, _sep, letter: string) => letter.toUpperCase());

const declarations: string[] = [];
const catalog: string[] = [];
for (const integration of integrations) {
  const entries: string[] = [];
  for (const action of integration.actions) {
    const base = `${pascal(integration.metadata.slug)}${pascal(action.id)}`;
    const { inputSchema, outputSchema } = actionJsonSchemas(action);
    for (const [name, schema] of [[`${base}Input`, inputSchema], [`${base}Output`, outputSchema]] as const) {
      const { $schema: _ignored, ...rest } = schema;
      declarations.push(await compile({ ...rest, title: name } as never, name, { bannerComment: '', additionalProperties: false, strictIndexSignatures: true, format: false }));
    }
    entries.push(`    ${action.id}: { input: ${base}Input; output: ${base}Output };`);
  }
  catalog.push(`  '${integration.metadata.slug}': {\n${entries.join('\n')}\n  };`);
}

const source = `// generated from packages/integrations — do not edit. Run \`pnpm generate\`.
/* eslint-disable */

${declarations.join('\n')}

/** Every integration's actions, with the input they take and the data they answer. */
export interface ActionCatalog {
${catalog.join('\n')}
}
`;
await writeFile(new URL('../src/generated/catalog.ts', import.meta.url), await format(source, { parser: 'typescript', singleQuote: true, printWidth: 100 }));
console.log(`catalog types for ${integrations.length} integrations`);
