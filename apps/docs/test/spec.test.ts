// The reference is only as good as openapi.yaml: every operation explains itself and shows an
// example, and every example is valid against its schema (a wrong example is worse than none).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { listOperations, mediaExample, openapi, resolve, successResponse, type Json } from '../src/lib/openapi.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const operations = listOperations();

type JsonObject = { [key: string]: Json };
const jsonMedia = (holder: JsonObject | undefined) => (holder?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;

/** Every documented example with the schema it must satisfy. */
function examples(): { where: string; schema: Json; example: Json }[] {
  const found: { where: string; schema: Json; example: Json }[] = [];
  const media = (where: string, value: JsonObject | undefined) => {
    if (!value?.schema) return;
    if (value.example !== undefined) found.push({ where, schema: value.schema, example: value.example });
    for (const [name, example] of Object.entries((value.examples as JsonObject | undefined) ?? {})) found.push({ where: `${where} (${name})`, schema: value.schema, example: resolve<JsonObject>(example).value! });
  };
  for (const operation of operations) {
    media(`${operation.operationId} request`, jsonMedia(operation.requestBody));
    for (const [status, response] of Object.entries(operation.responses)) media(`${operation.operationId} ${status}`, jsonMedia(response));
    for (const parameter of operation.parameters) if (parameter.example !== undefined && parameter.schema) found.push({ where: `${operation.operationId} ${parameter.name}`, schema: parameter.schema, example: parameter.example });
  }
  for (const [event, item] of Object.entries(openapi.webhooks ?? {})) media(`webhook ${event}`, jsonMedia(resolve((item.post as JsonObject).requestBody)));
  return found;
}

describe('openapi.yaml, as the reference shows it', () => {
  it('every operation has a summary and a description', () => {
    expect(operations.filter((operation) => !operation.summary || !operation.description?.trim()).map((operation) => operation.operationId)).toEqual([]);
  });

  it('every operation shows an example of its request body and of its success response', () => {
    const missing = operations.flatMap((operation) => {
      const problems: string[] = [];
      const request = jsonMedia(operation.requestBody);
      if (request && mediaExample(request) === undefined) problems.push(`${operation.operationId}: request body`);
      const success = successResponse(operation);
      const response = success && jsonMedia(success.response);
      if (response && mediaExample(response) === undefined) problems.push(`${operation.operationId}: ${success.status} response`);
      // Without a body either way (signOut), the samples are the example; with parameters, one must show values.
      if (!request && !response && operation.parameters.length > 0 && !operation.parameters.some((parameter) => parameter.example !== undefined)) {
        problems.push(`${operation.operationId}: no example at all`);
      }
      return problems;
    });
    expect(missing).toEqual([]);
  });

  it('every path parameter has an example, so samples call a real-looking URL', () => {
    const missing = operations.flatMap((operation) =>
      operation.parameters.filter((parameter) => parameter.in === 'path' && parameter.example === undefined).map((parameter) => `${operation.operationId}: ${parameter.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('every webhook event has a description and an example payload', () => {
    const missing = Object.entries(openapi.webhooks ?? {}).filter(([, item]) => {
      const post = item.post as JsonObject;
      return !post.description || mediaExample(jsonMedia(resolve(post.requestBody))) === undefined;
    });
    expect(missing.map(([event]) => event)).toEqual([]);
  });

  it('every example is valid against its schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...openapi, $id: 'openapi' } as object);
    const invalid = examples().flatMap(({ where, schema, example }) => {
      const reference: JsonObject = typeof (schema as JsonObject).$ref === 'string' ? { $ref: `openapi${(schema as JsonObject).$ref}` } : { ...(schema as JsonObject), $id: `inline-${where}` };
      const validate = ajv.compile(rewriteRefs(reference) as object);
      return validate(example) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
  });
});

/** Inline schemas point into the spec with `#/components/…`; point those at the added spec. */
function rewriteRefs(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi${value}` : rewriteRefs(value)]));
  }
  return schema;
}
