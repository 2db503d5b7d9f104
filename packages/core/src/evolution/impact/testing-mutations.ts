/**
 * Test helper: seeded mutations of a parsed OpenAPI/Swagger document, the kinds of edit a provider makes to
 * its spec (fields removed, types changed, things made required, responses and media types dropped). Each
 * mutation names a kind and a pick; the pick chooses among the sites of that kind in a fixed order, so a
 * fast-check shrink stays meaningful. A mutation with no site does nothing and answers false.
 */
type Json = Record<string, unknown>;

export const MUTATION_KINDS = [
  'property-removed',
  'property-type-changed',
  'property-made-required',
  'required-property-added',
  'object-closed',
  'string-narrowed',
  'number-narrowed',
  'enum-value-removed',
  'parameter-made-required',
  'parameter-removed',
  'required-parameter-added',
  'parameter-type-changed',
  'response-removed',
  'response-status-renamed',
  'media-type-removed',
  'response-header-removed',
  'operation-removed',
  'path-removed',
  'request-body-made-required',
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];
export interface Mutation {
  kind: MutationKind;
  pick: number;
}

const TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Applies one mutation to `document` in place. */
export function applyMutation(document: Json, { kind, pick }: Mutation): boolean {
  const sites = sitesOf(document, kind);
  if (sites.length === 0) return false;
  sites[pick % sites.length]!(pick);
  return true;
}

function sitesOf(document: Json, kind: MutationKind): Array<(pick: number) => void> {
  const schemas: Json[] = [];
  const parameters: Array<{ list: unknown[]; at: number }> = [];
  const operations: Array<{ item: Json; method: string }> = [];
  walk(document, (node, key, parent) => {
    if (key === 'parameters' && Array.isArray(node))
      node.forEach((_, at) => parameters.push({ list: node, at }));
    else if (isObject(node) && isSchemaish(node, key)) schemas.push(node);
    if (
      key !== undefined &&
      METHODS.includes(key) &&
      isObject(node) &&
      isObject(parent) &&
      'responses' in node
    )
      operations.push({ item: parent, method: key });
  });
  const withProperties = schemas.filter(
    (s) => isObject(s.properties) && Object.keys(s.properties).length > 0,
  );
  const names = (s: Json) => Object.keys(s.properties as Json).sort();
  const ops = operations.map(({ item, method }) => item[method] as Json);
  const params = parameters.filter(({ list, at }) => isObject(list[at]) && !('$ref' in list[at]));
  const param = ({ list, at }: { list: unknown[]; at: number }) => list[at] as Json;
  const maps = (name: 'responses' | 'content' | 'headers') => {
    const found: Json[] = [];
    walk(document, (node, key) => {
      if (key === name && isObject(node) && Object.keys(node).length > 0) found.push(node);
    });
    return found;
  };
  const dropKey = (map: Json) => (pick: number) => {
    const keys = Object.keys(map).sort();
    delete map[keys[pick % keys.length]!];
  };
  switch (kind) {
    case 'property-removed':
      return withProperties.map((s) => (pick) => {
        const name = names(s)[pick % names(s).length]!;
        delete (s.properties as Json)[name];
        if (Array.isArray(s.required)) s.required = s.required.filter((r) => r !== name);
      });
    case 'property-type-changed':
      return withProperties.map((s) => (pick) => {
        const name = names(s)[pick % names(s).length]!;
        (s.properties as Json)[name] = { type: TYPES[pick % TYPES.length] };
      });
    case 'property-made-required':
      return withProperties.map((s) => (pick) => {
        const name = names(s)[pick % names(s).length]!;
        s.required = [...new Set([...listOf(s.required), name])];
      });
    case 'required-property-added':
      return withProperties.map((s) => () => {
        (s.properties as Json).zzAdded = { type: 'string' };
        s.required = [...listOf(s.required), 'zzAdded'];
      });
    case 'object-closed':
      return withProperties.map((s) => () => void (s.additionalProperties = false));
    case 'string-narrowed':
      return schemas
        .filter((s) => s.type === 'string')
        .map((s) => (pick) => {
          if (pick % 3 === 0) s.maxLength = 1;
          else if (pick % 3 === 1) s.enum = ['zz'];
          else s.pattern = '^z+$';
        });
    case 'number-narrowed':
      return schemas
        .filter((s) => s.type === 'integer' || s.type === 'number')
        .map((s) => (pick) => void (pick % 2 === 0 ? (s.maximum = 0) : (s.minimum = 1_000_000)));
    case 'enum-value-removed':
      return schemas
        .filter((s) => Array.isArray(s.enum) && s.enum.length > 1)
        .map(
          (s) => (pick) =>
            void (s.enum = (s.enum as unknown[]).filter((_, i) => i !== pick % (s.enum as unknown[]).length)),
        );
    case 'parameter-made-required':
      return params.map((p) => () => void (param(p).required = true));
    case 'parameter-removed':
      return params
        .filter((p) => param(p).in !== 'path')
        .map(
          ({ list, at }) =>
            () =>
              void list.splice(at, 1),
        );
    case 'required-parameter-added':
      return ops.map((op) => (pick) => {
        const where = ['query', 'header', 'cookie'][pick % 3]!;
        const added = {
          name: 'zzAdded',
          in: where,
          required: true,
          type: 'string',
          schema: { type: 'string' },
        };
        op.parameters = [...listOf(op.parameters), added];
      });
    case 'parameter-type-changed':
      return params.map((p) => (pick) => {
        const target = param(p);
        const type = TYPES[pick % 4]!;
        if (isObject(target.schema)) target.schema = { type };
        else target.type = type;
      });
    case 'response-removed':
      return maps('responses').map(dropKey);
    case 'response-status-renamed':
      return maps('responses').map((map) => (pick) => {
        const keys = Object.keys(map).sort();
        const key = keys[pick % keys.length]!;
        const renamed = /^2/.test(key) ? '299' : '599';
        if (renamed in map) return;
        map[renamed] = map[key];
        delete map[key];
      });
    case 'media-type-removed':
      return maps('content').map(dropKey);
    case 'response-header-removed':
      return maps('headers').map(dropKey);
    case 'operation-removed':
      return operations.map(
        ({ item, method }) =>
          () =>
            void delete item[method],
      );
    case 'path-removed':
      return isObject(document.paths) ? [dropKey(document.paths)] : [];
    case 'request-body-made-required':
      return ops
        .filter((op) => isObject(op.requestBody) && !('$ref' in op.requestBody))
        .map((op) => () => void ((op.requestBody as Json).required = true));
  }
}

/** A schema object: under a schema-holding key, or inside `properties`. */
function isSchemaish(node: Json, key: string | undefined): boolean {
  return (
    key === 'schema' ||
    key === 'items' ||
    key === 'additionalProperties' ||
    ('type' in node && typeof node.type === 'string' && !('in' in node)) ||
    'properties' in node
  );
}

function walk(
  node: unknown,
  visit: (node: unknown, key: string | undefined, parent: unknown) => void,
  key?: string,
  parent?: unknown,
  depth = 0,
): void {
  if (depth > 40) return;
  visit(node, key, parent);
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit, undefined, node, depth + 1));
  else if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, visit, k, node, depth + 1);
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
