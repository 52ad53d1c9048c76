// Generates, from the repository's openapi.yaml:
//   src/schema.ts    the types (openapi-typescript)
//   src/routes.ts    the route table the server must implement, keyed by operationId
//   src/openapi.json the spec itself, for runtime request validation
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { parse } from 'yaml';

const specUrl = new URL('../../../openapi.yaml', import.meta.url);
const outDir = new URL('../src/', import.meta.url);
const header = '// generated from openapi.yaml — do not edit. Run `pnpm generate`.\n';
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  'x-patchbay-raw'?: boolean;
  security?: Record<string, string[]>[];
}
interface Spec {
  security?: Record<string, string[]>[];
  paths: Record<string, Partial<Record<(typeof methods)[number], Operation>>>;
  components?: { securitySchemes?: Record<string, unknown> };
}

const securityNames: Record<string, string> = {
  ApiKeyAuth: 'apiKey',
  ConnectSessionAuth: 'connectSession',
  DashboardSession: 'dashboardSession',
};

function securityOf(op: Operation, spec: Spec): string {
  const requirements = op.security ?? spec.security ?? [];
  const schemes = requirements.flatMap((r) => Object.keys(r));
  if (schemes.length === 0) return 'none';
  // The app's API operations take an API key, or the dashboard's session with X-Patchbay-App.
  if (schemes.length === 2 && schemes.includes('ApiKeyAuth') && schemes.includes('DashboardSession')) return 'apiKey';
  if (schemes.length > 1) throw new Error(`${op.operationId}: this combination of security schemes is not supported`);
  const name = securityNames[schemes[0]!];
  if (!name) throw new Error(`${op.operationId}: no server auth is mapped to scheme ${schemes[0]}`);
  return name;
}

function routeTable(spec: Spec): string {
  const rows: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      // Streaming operations (the proxy) are mounted by hand: they forward raw bodies.
      if (op['x-patchbay-raw']) continue;
      // Express 5 uses path-to-regexp 8: `{slug}` becomes `:slug`.
      const expressPath = path.replace(/\{([^}]+)\}/g, ':$1');
      rows.push(
        `  ${op.operationId}: { method: '${method}', path: '${path}', expressPath: '${expressPath}', security: '${securityOf(op, spec)}' },`,
      );
    }
  }
  return `${header}\nexport const routes = {\n${rows.join('\n')}\n} as const;\n\nexport type OperationId = keyof typeof routes;\n`;
}

const source = await readFile(specUrl, 'utf8');
const spec = parse(source) as Spec;
const types = astToString(await openapiTS(source, { rootTypes: false, alphabetize: false, defaultNonNullable: false }));
const prettierOptions = { parser: 'typescript', singleQuote: true, printWidth: 100 } as const;

const schema = await format(header + types, prettierOptions);
await writeFile(new URL('schema.ts', outDir), schema);
// The published SDK cannot depend on this private package: it gets its own copy of the types.
await writeFile(new URL('../../node/src/generated/openapi.ts', outDir), schema);
await writeFile(new URL('routes.ts', outDir), await format(routeTable(spec), prettierOptions));
await writeFile(new URL('openapi.json', outDir), JSON.stringify(spec, null, 2) + '\n');
console.log(`generated from ${fileURLToPath(specUrl)}`);
