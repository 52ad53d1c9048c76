// Writes docs/configuration.md from the zod schema that validates the environment at start, so
// the reference cannot drift from what the server accepts.
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { environmentSchema } from '../src/config.js';

interface Property {
  description?: string;
  default?: unknown;
  enum?: unknown[];
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: Property[];
}

const schema = z.toJSONSchema(environmentSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, Property> };

function allowed(property: Property): string {
  const inner = property.anyOf?.find((candidate) => candidate.type !== 'null') ?? property;
  if (inner.enum) return inner.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (inner.format === 'uri') return 'URL';
  if (inner.minimum !== undefined || inner.maximum !== undefined) return `${inner.minimum ?? ''}–${inner.maximum ?? ''}`;
  return inner.type ?? 'string';
}

const rows = Object.entries(schema.properties).map(([name, property]) => {
  const fallback = property.default === undefined ? '—' : `\`${String(property.default)}\``;
  return `| \`${name}\` | ${fallback} | ${allowed(property)} | ${property.description ?? ''} |`;
});

const markdown = `<!-- generated from apps/server/src/config.ts — do not edit. Run \`pnpm generate\`. -->
# Configuration reference

Every setting is an environment variable, checked when the process starts: a bad value stops it
with a message naming the variable.

| variable | default | allowed | meaning |
|---|---|---|---|
${rows.join('\n')}

## Per-provider settings

Named after the integration's slug, upper case, \`-\` → \`_\` (\`google-sheets\` → \`GOOGLE_SHEETS_…\`):

| variable | meaning |
|---|---|
| \`<SLUG>_CLIENT_ID\`, \`<SLUG>_CLIENT_SECRET\` | Patchbay's OAuth client at the provider (apps may set their own with \`PUT /api/v1/integrations/{slug}/oauth-client\`) |
| \`<SLUG>_AUTHORIZATION_URL\`, \`<SLUG>_TOKEN_URL\` | override the provider's OAuth endpoints |
| \`<SLUG>_API_BASE_URL\` | override the provider's API base URL |
| \`<SLUG>_TOKEN_INFO_URL\` | override where health checks ask what a token grants (Google's tokeninfo) |
`;
await writeFile(new URL('../../../docs/configuration.md', import.meta.url), markdown);
console.log('docs/configuration.md written');
