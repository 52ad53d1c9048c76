import spec from '@patchbay/api-types/openapi.json' with { type: 'json' };

/** A JSON Schema object of the spec, with its `$ref`s left in place. */
export type Schema = Record<string, any>;

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export type SpecSecurity = 'apiKey' | 'connectSession' | 'dashboardSession' | 'toolToken' | 'none';

/** One operation of openapi.yaml, the hand-mounted proxy included. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The spec's path template, `/api/v1/connections/{connectionId}`. */
  path: string;
  security: SpecSecurity;
  parameters: SpecParameter[];
  body: { required: boolean; schema: Schema; json: boolean } | undefined;
}

const document = spec as unknown as {
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
  security: Record<string, string[]>[];
};

/** The component a `$ref` names, followed until it is not a reference. */
export function resolveRef<T extends Schema>(value: T): T {
  let current: Schema = value;
  while (typeof current.$ref === 'string') {
    const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(current.$ref)!;
    current = document.components[section!]![name!];
  }
  return current as T;
}

const securityNames: Record<string, SpecSecurity> = {
  ApiKeyAuth: 'apiKey',
  ConnectSessionAuth: 'connectSession',
  DashboardSession: 'dashboardSession',
  ToolTokenAuth: 'toolToken',
};

// As the route table's generator reads it: the API key (or the dashboard naming the app) wins;
// `/mcp` takes a tool token (or the API key with X-End-User-Id).
function securityOf(operation: Record<string, any>): SpecSecurity {
  const requirements: Record<string, string[]>[] = operation.security ?? document.security;
  const schemes = requirements.flatMap((requirement) => Object.keys(requirement));
  if (schemes.length === 0) return 'none';
  const scheme = schemes.includes('ToolTokenAuth') ? 'ToolTokenAuth' : schemes.includes('ApiKeyAuth') ? 'ApiKeyAuth' : schemes[0]!;
  const name = securityNames[scheme];
  if (!name) throw new Error(`${operation.operationId}: unknown security scheme ${scheme}`);
  return name;
}

/** Every operation of the spec, in its order. */
export const specOperations: SpecOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => {
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: Schema) => {
        const resolved = resolveRef(parameter);
        return { name: resolved.name, in: resolved.in, required: Boolean(resolved.required), schema: resolved.schema } as SpecParameter;
      });
      const content = operation.requestBody?.content ?? {};
      const mediaType = content['application/json'] ?? content['*/*'];
      return {
        operationId: operation.operationId as string,
        method,
        path,
        security: securityOf(operation),
        parameters,
        body: mediaType ? { required: Boolean(operation.requestBody.required), schema: mediaType.schema, json: 'application/json' in content } : undefined,
      };
    }),
);

/** The URL path of an operation with its path parameters filled in (each value is encoded). */
export function fillPath(operation: SpecOperation, values: Record<string, string>, encode = encodeURIComponent): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${operation.operationId}: no value for path parameter ${name}`);
    return encode(value);
  });
}

/** The spec's Error schema, for checking error bodies. */
export const errorSchema = document.components.schemas!.Error;
export const specComponents = document.components;
