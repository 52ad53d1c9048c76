// openapi.yaml as the docs read it (its JSON twin from `pnpm generate`), walked operation by
// operation, with the example values the reference's samples are made of.
import spec from '@patchbay/api-types/openapi.json' with { type: 'json' };
import { sample } from 'openapi-sampler';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonObject;
  example?: Json;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  parameters: Parameter[];
  /** The security schemes that authenticate it; empty for public operations. */
  security: string[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
  /** The operation object itself, for writing extensions into. */
  raw: JsonObject;
}

export const openapi = spec as unknown as JsonObject & { paths: Record<string, JsonObject>; webhooks?: Record<string, JsonObject> };

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Follows `$ref`s into `#/components/…` (the spec keeps everything in one file). */
export function resolve<T = JsonObject>(value: Json | undefined, document: JsonObject = openapi): T {
  let current = value;
  for (let hops = 0; current && typeof current === 'object' && !Array.isArray(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json | undefined>((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined), document);
  }
  return current as T;
}

export function listOperations(document: typeof openapi = openapi): Operation[] {
  const defaultSecurity = (document.security as JsonObject[] | undefined) ?? [];
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const shared = ((item.parameters as Json[] | undefined) ?? []).map((parameter) => resolve<Parameter>(parameter, document));
    return methods
      .filter((method) => item[method])
      .map((method) => {
        const raw = item[method] as JsonObject;
        const own = ((raw.parameters as Json[] | undefined) ?? []).map((parameter) => resolve<Parameter>(parameter, document));
        const parameters = [...shared.filter((parameter) => !own.some((o) => o.name === parameter.name && o.in === parameter.in)), ...own];
        const security = ((raw.security as JsonObject[] | undefined) ?? defaultSecurity).flatMap((requirement) => Object.keys(requirement));
        return {
          operationId: String(raw.operationId),
          method,
          path,
          ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
          ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
          tags: (raw.tags as string[] | undefined) ?? [],
          parameters,
          security,
          ...(raw.requestBody ? { requestBody: resolve(raw.requestBody, document) } : {}),
          responses: Object.fromEntries(Object.entries((raw.responses as JsonObject | undefined) ?? {}).map(([status, response]) => [status, resolve(response, document)])),
          raw,
        };
      });
  });
}

/** The media type's example: `example`, else the first of `examples`, else the schema's. */
export function mediaExample(media: JsonObject | undefined, document: JsonObject = openapi): Json | undefined {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const examples = media.examples as Record<string, Json> | undefined;
  const first = examples && Object.values(examples)[0];
  if (first !== undefined) return resolve<JsonObject>(first, document).value;
  const schema = resolve<JsonObject | undefined>(media.schema, document);
  if (schema?.example !== undefined) return schema.example;
  if (Array.isArray(schema?.examples)) return schema.examples[0];
  return undefined;
}

/** A value for a sample: the documented example, or one made from the schema. */
export function exampleValue(example: Json | undefined, schema: Json | undefined, document: JsonObject = openapi): Json {
  if (example !== undefined) return example;
  const resolved = resolve<JsonObject | undefined>(schema, document);
  if (resolved?.example !== undefined) return resolved.example;
  if (Array.isArray(resolved?.examples) && resolved.examples.length > 0) return resolved.examples[0]!;
  if (resolved?.default !== undefined) return resolved.default;
  return sample((resolved ?? {}) as Parameters<typeof sample>[0], { skipNonRequired: true, skipReadOnly: true, quiet: true }, document) as Json;
}

export function requestExample(operation: Operation): Json | undefined {
  const media = (operation.requestBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
  if (!media) return undefined;
  return exampleValue(mediaExample(media), media.schema);
}

export function parameterExample(parameter: Parameter): Json {
  return exampleValue(parameter.example, parameter.schema);
}

/** The first 2xx response. */
export function successResponse(operation: Operation): { status: string; response: JsonObject } | undefined {
  const status = Object.keys(operation.responses).find((code) => /^2\d\d$/.test(code));
  return status ? { status, response: operation.responses[status]! } : undefined;
}
