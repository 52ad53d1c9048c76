// A JSON Schema (as `z.toJSONSchema` writes it) as rows of a markdown table: one row per
// field, nested objects and arrays of objects flattened to `parent.child` / `items[].field`.
type Schema = { [key: string]: unknown };

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  notes: string;
}

function typeOf(schema: Schema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) return variants.map((variant) => (variant.type === 'object' && variant.properties ? objectShape(variant) : typeOf(variant))).join(' \\| ');
  if (schema.type === 'array') return `${typeOf((schema.items as Schema | undefined) ?? {})}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  if (typeof schema.type === 'string') return schema.type === 'object' && schema.additionalProperties && !schema.properties ? 'object (any keys)' : schema.type;
  return 'any';
}

/** One variant of a union of objects, by its fields: `{ page_id }`, `{ database_id }`. */
function objectShape(schema: Schema): string {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return `{ ${Object.keys(schema.properties as Schema)
    .map((key) => (required.has(key) ? key : `${key}?`))
    .join(', ')} }`;
}

const count = (n: unknown, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;

function constraints(schema: Schema): string[] {
  const notes: string[] = [];
  if (schema.minLength !== undefined) notes.push(`at least ${count(schema.minLength, 'character')}`);
  if (schema.maxLength !== undefined) notes.push(`at most ${count(schema.maxLength, 'character')}`);
  if (schema.minimum !== undefined) notes.push(`≥ ${String(schema.minimum)}`);
  if (schema.maximum !== undefined) notes.push(`≤ ${String(schema.maximum)}`);
  if (schema.exclusiveMinimum !== undefined) notes.push(`> ${String(schema.exclusiveMinimum)}`);
  if (schema.exclusiveMaximum !== undefined) notes.push(`< ${String(schema.exclusiveMaximum)}`);
  if (schema.minItems !== undefined) notes.push(`at least ${count(schema.minItems, 'item')}`);
  if (schema.maxItems !== undefined) notes.push(`at most ${count(schema.maxItems, 'item')}`);
  if (typeof schema.pattern === 'string') notes.push(`matches \`${schema.pattern}\``);
  if (typeof schema.format === 'string') notes.push(`format: ${schema.format}`);
  if (schema.default !== undefined) notes.push(`default: \`${JSON.stringify(schema.default)}\``);
  return notes;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function fieldRows(schema: Schema, prefix = '', depth = 0): FieldRow[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const description = typeof property.description === 'string' ? property.description.replace(/\.$/, '') : '';
    const row: FieldRow = { name: path, type: typeOf(property), required: required.has(name), notes: [description, ...constraints(property)].filter(Boolean).join('; ') };
    if (depth >= 3) return [row];
    const items = property.items as Schema | undefined;
    if (property.type === 'object' && property.properties) return [row, ...fieldRows(property, `${path}.`, depth + 1)];
    if (property.type === 'array' && items?.type === 'object' && items.properties) return [row, ...fieldRows(items, `${path}[].`, depth + 1)];
    return [row];
  });
}

export function fieldTable(schema: Schema): string {
  const rows = fieldRows(schema);
  if (rows.length === 0) return 'No fields.';
  return [
    '| field | type | required | notes |',
    '|---|---|---|---|',
    ...rows.map((row) => `| \`${row.name}\` | ${row.type.includes('`') ? row.type : `\`${row.type}\``} | ${row.required ? 'yes' : 'no'} | ${cell(row.notes)} |`),
  ].join('\n');
}
