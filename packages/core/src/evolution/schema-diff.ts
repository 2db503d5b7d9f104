import type { ChangeCollector } from './collector.js';
import { KEYWORD_RULES, PROPERTY_RULES, SHAPE_RULES, type KeywordRule } from './keyword-rules.js';
import type { SchemaSite } from './schema-site.js';
import { diffKeywords, sameValue } from './schema-keywords.js';
import { child, objectOf, resolveNode, type SchemaNode } from './schema-nodes.js';
import type { UnchangedSchemas } from './unchanged-schemas.js';

/** Deepest property nesting compared; deeper schemas get one "not compared" change, never silence. */
const MAX_DEPTH = 64;

/** Two schema roots, the site the schemas sit at, and the pairs already compared (recursive schemas). */
export interface SchemaDiffContext {
  baseRoot: unknown;
  headRoot: unknown;
  out: ChangeCollector;
  site: SchemaSite;
  visited: Set<string>;
  /** When given, pairs both specs hold unchanged are skipped: comparing them finds nothing. */
  unchanged?: UnchangedSchemas;
}

/** Compares two schemas at one site, following `$ref`s and recursing into properties, items and branches. */
export function diffSchemas(
  context: SchemaDiffContext,
  base: { schema: unknown; pointer: string },
  head: { schema: unknown; pointer: string },
  path = '',
  depth = 0,
): void {
  const a = resolveNode(context.baseRoot, base.schema, base.pointer);
  const b = resolveNode(context.headRoot, head.schema, head.pointer);
  if (a && b && a.pointer === b.pointer && context.unchanged?.same(a.pointer, a.schema, b.schema)) return;
  const record = recorder(context, path, a?.pointer ?? base.pointer, b?.pointer ?? head.pointer);
  if (a === undefined || b === undefined || depth > MAX_DEPTH) {
    record.raw(
      'schema-not-compared',
      'potentially-breaking',
      'a $ref could not be followed or the schema is too deep',
    );
    return;
  }
  const key = `${a.pointer}|${b.pointer}`;
  // A pair already compared (a recursive schema) adds nothing new.
  if (context.visited.has(key)) return;
  context.visited.add(key);
  if (typeof a.schema === 'boolean' || typeof b.schema === 'boolean') {
    if (a.schema !== b.schema && !(isEmpty(a.schema) && isEmpty(b.schema)))
      record.rule(
        KEYWORD_RULES['type-changed'],
        `schema changed from ${JSON.stringify(a.schema)} to ${JSON.stringify(b.schema)}`,
      );
    return;
  }
  diffKeywords(a.schema, b.schema, (change, message) => record.rule(KEYWORD_RULES[change], message));
  const items = [child(a, 'items'), child(b, 'items')] as const;
  if (items[0].schema !== undefined && items[1].schema !== undefined)
    diffSchemas(context, items[0], items[1], `${path}[]`, depth + 1);
  // Object parameters and headers: their properties are compared too (with the property ids, the parameter
  // in scope); the composition and additionalProperties checks are body-only.
  if (!context.site.structural) return diffProperties(context, a, b, path, depth);
  diffBranches(context, a, b, path, depth, record);
  diffDiscriminator(a.schema, b.schema, record);
  diffAdditional(context, a, b, path, depth, record);
  diffProperties(context, a, b, path, depth);
}

type Recorder = ReturnType<typeof recorder>;

function recorder(context: SchemaDiffContext, path: string, base: string, head: string) {
  const { site, out } = context;
  const prefix = path === '' ? site.rootPrefix : site.propertyPrefix;
  const scope = { ...site.scope, propertyPath: path, base, head };
  const where = path === '' ? '' : `${path}: `;
  return {
    rule(rule: KeywordRule, message: string): void {
      const [suffix, severity] = rule[site.direction];
      out.add(scope, `${prefix}-${suffix}`, severity, where + message);
    },
    raw(id: string, severity: 'breaking' | 'potentially-breaking' | 'safe', message: string): void {
      out.add(scope, id, severity, where + message);
    },
  };
}

function isEmpty(schema: Record<string, unknown> | boolean): boolean {
  return schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0);
}

/** oneOf/anyOf/allOf: branches match by `$ref` target or, when both sides are inline lists of one length, by index. */
function diffBranches(
  context: SchemaDiffContext,
  a: SchemaNode,
  b: SchemaNode,
  path: string,
  depth: number,
  record: Recorder,
): void {
  for (const [keyword, name] of [
    ['oneOf', 'one-of'],
    ['anyOf', 'any-of'],
    ['allOf', 'all-of'],
  ] as const) {
    const from = Array.isArray(objectOf(a.schema)[keyword]) ? (objectOf(a.schema)[keyword] as unknown[]) : [];
    const to = Array.isArray(objectOf(b.schema)[keyword]) ? (objectOf(b.schema)[keyword] as unknown[]) : [];
    if (from.length === 0 && to.length === 0) continue;
    const ids = (list: unknown[]) => list.map((branch) => JSON.stringify(branch));
    const before = ids(from);
    const after = ids(to);
    if (before.length === after.length && before.every((id) => !id.includes('"$ref"'))) {
      before.forEach((_, i) =>
        diffSchemas(context, child(a, keyword, i), child(b, keyword, i), path, depth + 1),
      );
      continue;
    }
    after.forEach((id, i) => {
      const j = before.indexOf(id);
      if (j === -1) record.rule(SHAPE_RULES[`${name}-added`], `${keyword} branch added: ${brief(id)}`);
      else diffSchemas(context, child(a, keyword, j), child(b, keyword, i), path, depth + 1);
    });
    for (const id of before)
      if (!after.includes(id))
        record.rule(SHAPE_RULES[`${name}-removed`], `${keyword} branch removed: ${brief(id)}`);
  }
}

function brief(text: string): string {
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}

function diffDiscriminator(a: Record<string, unknown>, b: Record<string, unknown>, record: Recorder): void {
  const from = objectOf(a.discriminator);
  const to = objectOf(b.discriminator);
  const hadOne = a.discriminator !== undefined;
  const hasOne = b.discriminator !== undefined;
  if (!hadOne && !hasOne) return;
  if (!hadOne)
    return record.rule(SHAPE_RULES['discriminator-added'], `discriminator ${String(to.propertyName)} added`);
  if (!hasOne)
    return record.rule(
      SHAPE_RULES['discriminator-removed'],
      `discriminator ${String(from.propertyName)} removed`,
    );
  if (from.propertyName !== to.propertyName)
    record.rule(
      SHAPE_RULES['discriminator-property-name-changed'],
      `discriminator property changed from ${String(from.propertyName)} to ${String(to.propertyName)}`,
    );
  const before = objectOf(from.mapping);
  const after = objectOf(to.mapping);
  for (const key of Object.keys(after).sort())
    if (!(key in before))
      record.rule(SHAPE_RULES['discriminator-mapping-added'], `discriminator mapping ${key} added`);
  for (const key of Object.keys(before).sort())
    if (!(key in after))
      record.rule(SHAPE_RULES['discriminator-mapping-deleted'], `discriminator mapping ${key} deleted`);
}

/** additionalProperties: absent/true is open, false is closed, a schema is compared as one. */
function diffAdditional(
  context: SchemaDiffContext,
  a: SchemaNode,
  b: SchemaNode,
  path: string,
  depth: number,
  record: Recorder,
): void {
  const from = objectOf(a.schema).additionalProperties;
  const to = objectOf(b.schema).additionalProperties;
  const open = (value: unknown) => value === undefined || value === true;
  if (open(from) && open(to)) return;
  if (from === false && to === false) return;
  if (to === false)
    return record.rule(
      SHAPE_RULES['additional-properties-restricted'],
      'additional properties are no longer allowed',
    );
  if (from === false)
    return record.rule(SHAPE_RULES['additional-properties-allowed'], 'additional properties are now allowed');
  if (open(to))
    return record.rule(
      SHAPE_RULES['additional-properties-allowed'],
      'additional properties are no longer constrained',
    );
  if (open(from))
    return record.rule(
      SHAPE_RULES['additional-properties-restricted'],
      'additional properties are now constrained',
    );
  diffSchemas(
    context,
    child(a, 'additionalProperties'),
    child(b, 'additionalProperties'),
    `${path}.*`,
    depth + 1,
  );
}

function diffProperties(
  context: SchemaDiffContext,
  a: SchemaNode,
  b: SchemaNode,
  path: string,
  depth: number,
): void {
  const before = objectOf(objectOf(a.schema).properties);
  const after = objectOf(objectOf(b.schema).properties);
  const requiredBefore = new Set(requiredOf(a.schema));
  const requiredAfter = new Set(requiredOf(b.schema));
  const { site, out } = context;
  const at = (name: string) => (path === '' ? name : `${path}.${name}`);
  const add = (
    name: string,
    [id, severity]: readonly [string, 'breaking' | 'potentially-breaking' | 'safe'],
    message: string,
    base?: string,
    head?: string,
  ) =>
    out.add(
      { ...site.scope, propertyPath: at(name), ...(base ? { base } : {}), ...(head ? { head } : {}) },
      id,
      severity,
      `${at(name)}: ${message}`,
    );
  const rules = PROPERTY_RULES;
  for (const name of Object.keys(after).sort()) {
    const headAt = child(b, 'properties', name).pointer;
    if (!(name in before)) {
      const required =
        requiredAfter.has(name) &&
        !flag(after[name], context.headRoot, site.direction === 'request' ? 'readOnly' : 'writeOnly');
      if (site.direction === 'request')
        add(
          name,
          required ? rules.request['required-added'] : rules.request['optional-added'],
          `property added${required ? ' (required)' : ''}`,
          undefined,
          headAt,
        );
      else
        add(
          name,
          required ? rules.response['required-added'] : rules.response['optional-added'],
          `property added${required ? ' (required)' : ''}`,
          undefined,
          headAt,
        );
      continue;
    }
    const baseAt = child(a, 'properties', name).pointer;
    const was = requiredBefore.has(name);
    const is = requiredAfter.has(name);
    if (was !== is) {
      const rule =
        site.direction === 'request'
          ? rules.request[is ? 'became-required' : 'became-optional']
          : rules.response[is ? 'became-required' : 'became-optional'];
      add(name, rule, is ? 'became required' : 'became optional', baseAt, headAt);
    }
    const flagName = site.direction === 'request' ? 'readOnly' : 'writeOnly';
    const flagBefore = flag(before[name], context.baseRoot, flagName);
    const flagAfter = flag(after[name], context.headRoot, flagName);
    if (flagBefore !== flagAfter) {
      if (site.direction === 'request')
        add(
          name,
          rules.request[flagAfter ? 'became-read-only' : 'became-not-read-only'],
          flagAfter ? 'became read-only' : 'is no longer read-only',
          baseAt,
          headAt,
        );
      else
        add(
          name,
          rules.response[flagAfter ? 'became-write-only' : 'became-not-write-only'],
          flagAfter ? 'became write-only' : 'is no longer write-only',
          baseAt,
          headAt,
        );
    }
    diffSchemas(context, child(a, 'properties', name), child(b, 'properties', name), at(name), depth + 1);
  }
  for (const name of Object.keys(before).sort()) {
    if (name in after) continue;
    const baseAt = child(a, 'properties', name).pointer;
    if (site.direction === 'request') add(name, rules.request.removed, 'property removed', baseAt);
    else
      add(
        name,
        rules.response[requiredBefore.has(name) ? 'required-removed' : 'optional-removed'],
        'property removed',
        baseAt,
      );
  }
}

function requiredOf(schema: unknown): string[] {
  const list = objectOf(schema).required;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

function flag(schema: unknown, root: unknown, name: 'readOnly' | 'writeOnly'): boolean {
  const node = resolveNode(root, schema, '');
  return node !== undefined && objectOf(node.schema)[name] === true;
}

export { sameValue };
