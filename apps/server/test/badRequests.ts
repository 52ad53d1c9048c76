import fc from 'fast-check';
import { resolveRef, type Schema, type SpecOperation } from './specOperations.js';

// Requests generated from the spec's schemas and then broken in one way each, for the property
// tests of bad input (OWASP API8). Each breakage is one the API must refuse with a 4xx before it
// changes anything, whatever the rest of the request holds.

/** Values the schema accepts (kept small: the point is the breakage, not the value). */
export function valueFor(input: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveRef(input);
  if (schema.oneOf || schema.anyOf) return fc.oneof(...(schema.oneOf ?? schema.anyOf).map((option: Schema) => valueFor(option, depth)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type: string) => valueFor({ ...schema, type }, depth)));
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = valueFor(schema.items ?? {}, depth + 1);
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) };
      return schema.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (item) => JSON.stringify(item) }) : fc.array(items, constraints);
    }
    case 'object':
      return objectFor(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const maxLength = Math.min(schema.maxLength ?? 30, 30);
  const minLength = schema.minLength ?? 0;
  if (schema.format === 'email') return fc.stringMatching(/^[a-z]{1,12}@[a-z]{1,12}\.com$/);
  if (schema.format === 'uri') return fc.stringMatching(/^https:\/\/[a-z]{1,12}\.example\.com\/[a-z0-9]{0,12}$/);
  if (schema.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= minLength && value.length <= (schema.maxLength ?? Infinity));
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
}

function objectFor(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, valueFor(property, depth + 1)])),
    { requiredKeys: schema.required ?? [] },
  ) as fc.Arbitrary<Record<string, unknown>>;
  const extra = schema.additionalProperties;
  if (!extra || depth > 2) return known;
  const values = extra === true ? fc.jsonValue({ maxDepth: 1 }) : valueFor(extra, depth + 1);
  const room = Math.max(0, Math.min((schema.maxProperties ?? 3) - Object.keys(properties).length, 3));
  return fc
    .tuple(known, fc.dictionary(fc.stringMatching(/^x_[a-z]{1,8}$/), values, { maxKeys: room }))
    .map(([own, more]) => ({ ...more, ...own }));
}

/** The request to break: what `callOperation` would send, plus raw overrides. */
export interface DraftRequest {
  path: Record<string, string>;
  query: [string, string][];
  body: unknown;
  /** Set by a breakage: sent as is instead of the JSON of `body`. */
  rawBody?: string;
  contentType?: string;
  /** Set by a breakage: path parameters already percent-encoded (or deliberately not). */
  rawPath?: Record<string, string>;
}

export interface Breakage {
  name: string;
  applies(operation: SpecOperation): boolean;
  /** Breaks the draft in place; `pick` chooses among the places it could break. */
  apply(draft: DraftRequest, operation: SpecOperation, pick: number): void;
}

const jsonBody = (operation: SpecOperation) => operation.body?.json === true;
// The proxy forwards bodies as raw bytes, unread: only its path, query and headers are ours.
const isProxy = (operation: SpecOperation) => operation.path.includes('/proxy/');
// fetch sends no body with GET.
const takesBody = (operation: SpecOperation) => operation.method !== 'get' && !isProxy(operation);
const listsQuery = (operation: SpecOperation) => operation.parameters.some((parameter) => parameter.in === 'query');
const pathParameters = (operation: SpecOperation) => operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);

/** Every [container, key] holding a string (keys of objects count too), depth first. */
function stringSlots(value: unknown): { holder: Record<string, unknown> | unknown[]; key: string | number; isKey: boolean }[] {
  const slots: { holder: Record<string, unknown> | unknown[]; key: string | number; isKey: boolean }[] = [];
  const visit = (holder: Record<string, unknown> | unknown[]) => {
    for (const [key, item] of Object.entries(holder)) {
      const slotKey = Array.isArray(holder) ? Number(key) : key;
      if (!Array.isArray(holder)) slots.push({ holder, key, isKey: true });
      if (typeof item === 'string') slots.push({ holder, key: slotKey, isKey: false });
      else if (item && typeof item === 'object') visit(item as Record<string, unknown>);
    }
  };
  if (value && typeof value === 'object') visit(value as Record<string, unknown>);
  return slots;
}

function insertText(draft: DraftRequest, text: string, pick: number): void {
  if (!draft.body || typeof draft.body !== 'object') draft.body = {};
  const slots = stringSlots(draft.body);
  if (slots.length === 0) {
    (draft.body as Record<string, unknown>)[`note${text}`] = `x${text}`;
    return;
  }
  const slot = slots[pick % slots.length]!;
  const holder = slot.holder as Record<string | number, unknown>;
  if (slot.isKey) {
    const value = holder[slot.key];
    delete holder[slot.key];
    holder[`${String(slot.key)}${text}`] = value;
  } else {
    const value = holder[slot.key] as string;
    const at = pick % (value.length + 1);
    holder[slot.key] = `${value.slice(0, at)}${text}${value.slice(at)}`;
  }
}

function bodyProperties(operation: SpecOperation): [string, Schema][] {
  if (!operation.body) return [];
  const schema = resolveRef(operation.body.schema);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => [name, resolveRef(property as Schema)]);
}

function wrongValueFor(schema: Schema, pick: number): unknown {
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  // One value of each JSON type; 12 is a number too.
  const candidates: [string[], unknown][] = [
    [['string'], 'text'],
    [['integer', 'number'], 12],
    [['number'], 1.5],
    [['boolean'], true],
    [['object'], { an: 'object' }],
    [['array'], ['an', 'array']],
    [['null'], null],
  ];
  const wrong = candidates.filter(([valueTypes]) => !valueTypes.some((type) => types.includes(type))).map(([, value]) => value);
  return wrong[pick % wrong.length];
}

function deepValue(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = level % 2 === 0 ? [value] : { deeper: value };
  return value;
}

const invalidEscapes = ['%FF', '%E0%A4%A', '%', '%ED%A0%80', '%C0%AF', 'ok%ZZ'];
const badIntegers = ['+5', '0x10', '1e1', ' 5', '-1', '5.0', '', '99999999999999999999', '٣'];

export const breakages: Breakage[] = [
  {
    name: 'a required field is missing',
    applies: (operation) => jsonBody(operation) && takesBody(operation) && (resolveRef(operation.body!.schema).required ?? []).length > 0,
    apply(draft, operation, pick) {
      const required: string[] = resolveRef(operation.body!.schema).required;
      delete (draft.body as Record<string, unknown>)[required[pick % required.length]!];
    },
  },
  {
    name: 'a field has the wrong type',
    applies: (operation) => jsonBody(operation) && takesBody(operation) && bodyProperties(operation).some(([, schema]) => schema.type),
    apply(draft, operation, pick) {
      const typed = bodyProperties(operation).filter(([, schema]) => schema.type);
      const [name, schema] = typed[pick % typed.length]!;
      (draft.body as Record<string, unknown>)[name] = wrongValueFor(schema, pick);
    },
  },
  {
    name: 'an unknown field',
    applies: (operation) => jsonBody(operation) && takesBody(operation) && resolveRef(operation.body!.schema).additionalProperties === false,
    apply(draft) {
      (draft.body as Record<string, unknown>).surprise = 1;
    },
  },
  {
    name: 'a string longer than its maxLength',
    applies: (operation) => jsonBody(operation) && takesBody(operation) && bodyProperties(operation).some(([, schema]) => schema.type === 'string' && schema.maxLength),
    apply(draft, operation, pick) {
      const bounded = bodyProperties(operation).filter(([, schema]) => schema.type === 'string' && schema.maxLength);
      const [name, schema] = bounded[pick % bounded.length]!;
      (draft.body as Record<string, unknown>)[name] = 'x'.repeat(schema.maxLength + 1 + (pick % 50));
    },
  },
  {
    name: 'a NUL character in the body',
    applies: takesBody,
    apply: (draft, _, pick) => insertText(draft, '\u0000', pick),
  },
  {
    name: 'a lone surrogate in the body',
    applies: takesBody,
    apply: (draft, _, pick) => insertText(draft, pick % 2 === 0 ? '\uD800' : '\uDFFF', pick),
  },
  {
    name: 'JSON nested 65 levels deep',
    applies: takesBody,
    apply(draft, operation, pick) {
      if (!draft.body || typeof draft.body !== 'object' || Array.isArray(draft.body)) draft.body = {};
      const names = bodyProperties(operation).map(([name]) => name);
      (draft.body as Record<string, unknown>)[names.length > 0 ? names[pick % names.length]! : 'nested'] = deepValue(64 + (pick % 500));
    },
  },
  {
    name: 'a body over 1 MB',
    applies: takesBody,
    apply(draft) {
      draft.rawBody = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) });
    },
  },
  {
    name: 'invalid JSON',
    applies: takesBody,
    apply(draft, _, pick) {
      const text = JSON.stringify(draft.body ?? {});
      const broken = [`${text.slice(0, Math.max(1, pick % text.length))}`, `${text},`, `{'single': 'quotes'}`, '{"a":1}{"b":2}', 'NaN', '\u0000'];
      draft.rawBody = broken[pick % broken.length]!;
    },
  },
  {
    name: 'a JSON body sent as another content type',
    applies: (operation) => jsonBody(operation) && takesBody(operation),
    apply(draft, _, pick) {
      draft.contentType = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'][pick % 4]!;
      draft.rawBody = JSON.stringify(draft.body ?? {});
    },
  },
  {
    name: 'invalid percent-encoding in a path parameter',
    applies: (operation) => pathParameters(operation).length > 0,
    apply(draft, operation, pick) {
      const names = pathParameters(operation);
      draft.rawPath = { [names[pick % names.length]!]: invalidEscapes[pick % invalidEscapes.length]! };
    },
  },
  {
    name: 'a NUL character in a path parameter',
    applies: (operation) => pathParameters(operation).length > 0,
    apply(draft, operation, pick) {
      const name = pathParameters(operation)[pick % pathParameters(operation).length]!;
      draft.path[name] = `${draft.path[name]}\u0000`;
    },
  },
  {
    name: 'path traversal in a path parameter',
    applies: (operation) => pathParameters(operation).length > 0,
    apply(draft, operation, pick) {
      const name = pathParameters(operation)[pick % pathParameters(operation).length]!;
      draft.rawPath = { [name]: ['..%2F..%2Fapps', '%2E%2E', '..%5C..%5Capps', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'][pick % 4]! };
    },
  },
  {
    name: 'an unknown query parameter',
    applies: (operation) => !isProxy(operation) && operation.operationId !== 'connectionCallback',
    apply(draft) {
      draft.query.push(['surprise', '1']);
    },
  },
  {
    name: 'an integer query parameter that is not plain digits',
    applies: (operation) => operation.parameters.some((parameter) => parameter.in === 'query' && parameter.schema.type === 'integer'),
    apply(draft, operation, pick) {
      const parameter = operation.parameters.find((candidate) => candidate.in === 'query' && candidate.schema.type === 'integer')!;
      draft.query = draft.query.filter(([name]) => name !== parameter.name);
      draft.query.push([parameter.name, badIntegers[pick % badIntegers.length]!]);
    },
  },
  {
    name: 'a query parameter given twice',
    applies: (operation) => listsQuery(operation) && !isProxy(operation),
    apply(draft, operation, pick) {
      const names = operation.parameters.filter((parameter) => parameter.in === 'query' && parameter.schema.type !== 'object').map((parameter) => parameter.name);
      const name = names[pick % names.length]!;
      const value = draft.query.find(([given]) => given === name)?.[1] ?? '1';
      draft.query = draft.query.filter(([given]) => given !== name);
      draft.query.push([name, value], [name, value]);
    },
  },
  {
    name: 'a NUL character in the query',
    applies: () => true,
    apply(draft, _, pick) {
      const [first] = draft.query;
      if (first && pick % 2 === 0) first[1] = `${first[1]}\u0000`;
      else draft.query.push(['q', 'a\u0000b']);
    },
  },
];

/** Sends a (broken) draft as `headers` say who calls; the answer is kept as text. */
export async function sendDraft(baseUrl: string, operation: SpecOperation, draft: DraftRequest, headers: Record<string, string>) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => draft.rawPath?.[name] ?? encodeURIComponent(draft.path[name] ?? ''));
  const query = draft.query.length > 0 ? `?${new URLSearchParams(draft.query)}` : '';
  const body = operation.method === 'get' ? undefined : (draft.rawBody ?? (draft.body === undefined ? undefined : JSON.stringify(draft.body)));
  const response = await fetch(`${baseUrl}${path}${query}`, {
    method: operation.method.toUpperCase(),
    headers: { ...headers, ...(body !== undefined ? { 'content-type': draft.contentType ?? 'application/json' } : {}) },
    ...(body !== undefined ? { body } : {}),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), url: `${operation.method.toUpperCase()} ${path}${query}` };
}
