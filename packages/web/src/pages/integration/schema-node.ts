/**
 * A JSON Schema read into a tree a person can scan: a label per node (`object`, `string (uuid)`, `Thing: object`),
 * its constraints as short notes, and its members as named children. `$ref`s to named schemas are followed through
 * `resolve`, each at most once per branch (a recursive schema says so instead of looping), to a bounded depth.
 */
export interface SchemaNode {
  label: string;
  notes: string[];
  children: SchemaChild[];
}

export interface SchemaChild {
  name: string;
  required: boolean;
  node: SchemaNode;
}

/** Looks up a `$ref` (e.g. `#/components/schemas/Pet`); undefined when it points somewhere not shown. */
export type ResolveRef = (ref: string) => unknown;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const maxDepth = 8;
const maxChildren = 200;
const noted = [
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'default',
  'const',
  'readOnly',
  'writeOnly',
  'deprecated',
  'nullable',
] as const;

/** The name a `$ref` gives its target: its last pointer segment, unescaped. */
export function refName(ref: string): string {
  const last = ref.split('/').pop() ?? ref;
  let text = last;
  try {
    text = decodeURIComponent(last);
  } catch {
    // A malformed escape: show it as written.
  }
  return text.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves refs to `#/components/schemas/X` and `#/definitions/X` against a spec's named schemas. */
export function namedSchemaResolver(schemas: Record<string, unknown>): ResolveRef {
  return (ref) => {
    const match = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref);
    if (match === null) return undefined;
    const name = refName(match[1]!);
    return Object.prototype.hasOwnProperty.call(schemas, name) ? schemas[name] : undefined;
  };
}

export function schemaNode(schema: unknown, resolve: ResolveRef, depth = 0, seen: string[] = []): SchemaNode {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0))
    return { label: 'any value', notes: [], children: [] };
  if (schema === false) return { label: 'no value allowed', notes: [], children: [] };
  if (!isObject(schema))
    return { label: 'not a schema', notes: [JSON.stringify(schema) ?? ''], children: [] };
  if (depth >= maxDepth) return { label: '…', notes: ['nested deeper than shown'], children: [] };
  const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : undefined;
  if (ref !== undefined) {
    const name = refName(ref);
    if (seen.includes(ref)) return { label: name, notes: ['recursive: see above'], children: [] };
    const target = resolve(ref);
    if (target === undefined) return { label: name, notes: [`refers to ${ref}`], children: [] };
    const inner = schemaNode(target, resolve, depth + 1, [...seen, ref]);
    return { ...inner, label: `${name}: ${inner.label}` };
  }
  const children: SchemaChild[] = [];
  const required = Array.isArray(schema['required']) ? schema['required'] : [];
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  for (const [name, property] of Object.entries(properties))
    children.push({
      name,
      required: required.includes(name),
      node: schemaNode(property, resolve, depth + 1, seen),
    });
  if (schema['items'] !== undefined && !Array.isArray(schema['items']))
    children.push({
      name: '[ ]',
      required: false,
      node: schemaNode(schema['items'], resolve, depth + 1, seen),
    });
  if (isObject(schema['additionalProperties']))
    children.push({
      name: '{ any key }',
      required: false,
      node: schemaNode(schema['additionalProperties'], resolve, depth + 1, seen),
    });
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[keyword];
    if (Array.isArray(parts))
      parts.forEach((part, i) =>
        children.push({
          name: `${keyword === 'allOf' ? 'all of' : keyword === 'oneOf' ? 'one of' : 'any of'} #${i + 1}`,
          required: false,
          node: schemaNode(part, resolve, depth + 1, seen),
        }),
      );
  }
  if (schema['not'] !== undefined)
    children.push({
      name: 'not',
      required: false,
      node: schemaNode(schema['not'], resolve, depth + 1, seen),
    });
  return { label: typeLabel(schema), notes: notesOf(schema), children: children.slice(0, maxChildren) };
}

function typeLabel(schema: Json): string {
  const type = schema['type'];
  const types = Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
  if (types.length > 0) return types.join(' | ');
  if (schema['properties'] !== undefined) return 'object';
  if (schema['items'] !== undefined) return 'array';
  if (schema['allOf'] !== undefined) return 'all of';
  if (schema['oneOf'] !== undefined) return 'one of';
  if (schema['anyOf'] !== undefined) return 'any of';
  if (schema['enum'] !== undefined) return 'enum';
  return 'any type';
}

function notesOf(schema: Json): string[] {
  const notes: string[] = [];
  if (Array.isArray(schema['enum']))
    notes.push(
      `one of ${schema['enum']
        .slice(0, 10)
        .map((v) => JSON.stringify(v))
        .join(', ')}${schema['enum'].length > 10 ? ', …' : ''}`,
    );
  for (const key of noted) if (schema[key] !== undefined) notes.push(`${key} ${JSON.stringify(schema[key])}`);
  if (schema['additionalProperties'] === false) notes.push('no other properties');
  if (typeof schema['description'] === 'string') {
    const text = schema['description'].trim();
    notes.push(text.length > 160 ? `${text.slice(0, 160)}…` : text);
  }
  return notes;
}
