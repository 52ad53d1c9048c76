import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { routes, type OperationId } from '@patchbay/api-types';
import spec from '@patchbay/api-types/openapi.json' with { type: 'json' };
import { invalidRequest, type ErrorDetail } from './apiError.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type JsonSchema = Record<string, unknown>;
interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  explode?: boolean;
  schema: JsonSchema;
}
type Ref = { $ref: string };

const document = spec as unknown as {
  paths: Record<string, Record<string, { parameters?: (ParameterObject | Ref)[]; requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> } }> & { parameters?: (ParameterObject | Ref)[] }>;
  components: Record<string, Record<string, unknown>>;
};

function resolve<T>(value: T | Ref): T {
  if (typeof value === 'object' && value !== null && '$ref' in value) {
    const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(value.$ref) ?? [];
    return document.components[section!]![name!] as T;
  }
  return value;
}

// RFC 3339 allows instants we cannot keep: a leap second (JavaScript has none), year 0000 (not in
// PostgreSQL) and years past 9999 (no ISO text for them in JavaScript). They are refused as 400.
const firstInstant = Date.parse('0001-01-01T00:00:00Z');
const lastInstant = Date.parse('9999-12-31T23:59:59.999Z');

function newAjv(coerceTypes: boolean): Ajv2020 {
  // OpenAPI adds keywords JSON Schema does not know (`example`, `discriminator`…): not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes, useDefaults: true });
  addFormats(ajv);
  const rfc3339 = ajv.formats['date-time'] as { validate: (text: string) => boolean };
  ajv.addFormat('date-time', (text: string) => {
    const instant = Date.parse(text);
    return rfc3339.validate(text) && instant >= firstInstant && instant <= lastInstant;
  });
  return ajv;
}

// Query strings and paths are text: coerce them to the declared types; JSON bodies never.
const parameterAjv = newAjv(true);
const bodyAjv = newAjv(false);

// A query parameter declared as an exploded object (`style: form`, the default) stands for
// free-form extra parameters: its own schema then admits names the spec does not list.
function freeFormQuery(parameter: ParameterObject): boolean {
  return parameter.in === 'query' && parameter.schema.type === 'object' && parameter.explode !== false;
}

function parametersSchema(parameters: ParameterObject[], location: 'path' | 'query'): JsonSchema {
  const own = parameters.filter((parameter) => parameter.in === location && !freeFormQuery(parameter));
  const extra = parameters.find(freeFormQuery)?.schema.additionalProperties;
  return {
    type: 'object',
    properties: Object.fromEntries(own.map((parameter) => [parameter.name, parameter.schema])),
    required: own.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    // The spec's parameters are the whole list: an unknown one is a mistake worth a 400.
    additionalProperties: location === 'query' ? (extra ?? false) : false,
  };
}

// Numbers in paths and queries are plain decimal digits: `+5`, `0x10`, `1e3` or ` 5` would
// otherwise pass through the type coercion below.
const plainInteger = /^[0-9]{1,15}$/;

function isInteger(schema: JsonSchema): boolean {
  return schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));
}

export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

interface OperationValidator {
  hasBody: boolean;
  bodyRequired: boolean;
  validate(request: ValidatedRequest): void;
}

function toDetails(errors: ErrorObject[] | null | undefined): ErrorDetail[] {
  return (errors ?? []).map((error) => {
    let path = error.instancePath.replace(/^\//, '');
    if (error.keyword === 'required') path = `${path}/${String(error.params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') path = `${path}/${String(error.params.additionalProperty)}`;
    const message =
      error.keyword === 'additionalProperties' ? (path.startsWith('query/') ? 'is not a known query parameter' : 'is not a known field') :
      error.keyword === 'required' ? 'is required' :
      error.keyword === 'enum' ? `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}` :
      (error.message ?? 'is invalid');
    return { path, message };
  });
}

function compile(ajv: Ajv2020, schema: JsonSchema): ValidateFunction {
  // `components` rides along so the spec's `#/components/...` references resolve in place.
  return ajv.compile({ ...schema, components: document.components });
}

function compileOperation(operationId: OperationId): OperationValidator {
  const route = routes[operationId];
  const pathItem = document.paths[route.path]!;
  const operation = pathItem[route.method]!;
  // Parameters declared on the path apply to each of its operations.
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve(parameter));
  const validateParameters = compile(parameterAjv, {
    type: 'object',
    properties: { params: parametersSchema(parameters, 'path'), query: parametersSchema(parameters, 'query') },
  });
  const integerParameters = parameters.filter((parameter) => (parameter.in === 'path' || parameter.in === 'query') && isInteger(parameter.schema));
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const bodyRequired = operation.requestBody?.required ?? false;
  const validateBody =
    bodySchema && compile(bodyAjv, { type: 'object', properties: { body: bodySchema }, required: bodyRequired ? ['body'] : [] });
  return {
    hasBody: Boolean(bodySchema),
    bodyRequired,
    validate(request) {
      const details: ErrorDetail[] = [];
      for (const { name, in: location } of integerParameters) {
        const value = (location === 'path' ? request.params : request.query)[name];
        if (value !== undefined && !(typeof value === 'string' && plainInteger.test(value))) {
          details.push({ path: `${location === 'path' ? 'params' : 'query'}/${name}`, message: 'must be an integer written in decimal digits' });
        }
      }
      if (details.length === 0 && !validateParameters({ params: request.params, query: request.query })) {
        details.push(...toDetails(validateParameters.errors));
      }
      if (validateBody && !validateBody({ body: request.body })) details.push(...toDetails(validateBody.errors));
      if (details.length > 0) {
        const [first] = details;
        const more = details.length > 1 ? ` (and ${details.length - 1} more problem${details.length > 2 ? 's' : ''})` : '';
        throw invalidRequest(`${first!.path}: ${first!.message}${more}`, details);
      }
    },
  };
}

const validators = new Map<OperationId, OperationValidator>();

/** The spec's validation of one operation's path, query and body; compiled once. */
export function validatorFor(operationId: OperationId): OperationValidator {
  let validator = validators.get(operationId);
  if (!validator) {
    validator = compileOperation(operationId);
    validators.set(operationId, validator);
  }
  return validator;
}
