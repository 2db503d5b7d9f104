import type { SchemaDialect } from '../model.js';
import { childPointer, pointerToFragment, pointerTokens, valueAt } from '../pointer.js';
import { SpecError } from '../spec-error.js';
import type { RefResolver } from '../refs/ref-resolver.js';
import { sanitiseKeywords } from './sanitise-keywords.js';
import { forEachSubschema } from './subschemas.js';
import { translateBounds } from './translate-bounds.js';
import { translateDiscriminator } from './translate-discriminator.js';
import { translateNullable } from './translate-nullable.js';

type Schema = Record<string, unknown>;

/**
 * Translates, in place, every schema reachable from `starts` (and the `$ref`s they use) into the
 * JSON Schema `dialect` the validator runs. Each schema object is visited once; `$ref`s are resolved
 * (and rewritten to root fragments) but never inlined, so circular schemas stay circular.
 * `$ref` targets go on a work list rather than the stack: long chains of refs cannot overflow it.
 */
export function translateSchemas(
  root: Schema,
  refs: RefResolver,
  dialect: SchemaDialect,
  starts: Iterable<{ pointer: string; schema: unknown }>,
): void {
  // Plain sets: they die with this call, and a weak set of every schema object costs the GC more.
  const done = new Set<object>();
  const pending: Array<{ pointer: string; schema: unknown }> = [...starts];
  // Where each `$ref` was found: its error location is built only if it fails.
  const resolved: Array<{ holder: Schema; target: string; pointer: string }> = [];
  const wrapped = new Set<object>();

  const visit = (schema: unknown, pointer: string): void => {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || done.has(schema)) return;
    done.add(schema);
    const node = schema as Schema;
    const { result, keys } = translateNode(node, dialect);
    if (result === 'wrapped') wrapped.add(node);
    if (typeof node.$ref === 'string') {
      const target = refs.target(node, pointer);
      const value = refs.valueAt(target);
      if (
        typeof value !== 'boolean' &&
        (value === null || typeof value !== 'object' || Array.isArray(value))
      ) {
        throw new SpecError(
          'spec.invalid',
          `$ref "${node.$ref}" does not name a schema`,
          childPointer(pointer, '$ref'),
        );
      }
      resolved.push({ holder: node, target, pointer });
      pending.push({ pointer: target, schema: value });
    }
    if (Array.isArray(node.oneOf)) translateDiscriminator(node, pointer, refs);
    forEachSubschema(node, pointer, visit, keys);
  };

  for (let next = pending.pop(); next !== undefined; next = pending.pop()) visit(next.schema, next.pointer);
  // Thousands of refs name the same few hundred targets; nothing below moves a schema, so check each once.
  const present = new Map<string, boolean>();
  for (let i = 0; i < resolved.length; i++) {
    const { holder, target, pointer } = resolved[i]!;
    let found = present.get(target);
    if (found === undefined) present.set(target, (found = valueAt(root, target) !== undefined));
    if (found) continue;
    // The target moved into a nullable wrapper, or a repair removed the malformed keyword that held it.
    const moved = followWrappers(root, target, wrapped);
    if (moved === undefined) {
      throw new SpecError(
        'spec.invalid',
        `$ref target ${target} lies inside a malformed schema keyword`,
        childPointer(pointer, '$ref'),
      );
    }
    holder.$ref = pointerToFragment(moved);
  }
}

/** `pointer` with `/anyOf/0` inserted after each wrapped schema it passes through, if that resolves. */
function followWrappers(root: Schema, pointer: string, wrapped: Set<object>): string | undefined {
  let current: unknown = root;
  let result = '';
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (wrapped.has(current) && !Object.prototype.hasOwnProperty.call(current, token)) {
      current = ((current as Schema).anyOf as unknown[])[0];
      result = childPointer(result, 'anyOf', 0);
    }
    if (
      current === null ||
      typeof current !== 'object' ||
      !Object.prototype.hasOwnProperty.call(current, token)
    ) {
      return undefined;
    }
    current = (current as Schema)[token];
    result = childPointer(result, token);
  }
  return result;
}

/**
 * Translates one schema object. `keys` are its keys as read once for sanitising, passed on to spare reading them
 * again; undefined when the subschema keywords moved (tuple `items`, a nullable wrapper).
 */
function translateNode(
  schema: Schema,
  dialect: SchemaDialect,
): { result: 'wrapped' | undefined; keys: string[] | undefined } {
  translateBounds(schema);
  let keys: string[] | undefined = Object.keys(schema);
  sanitiseKeywords(schema, keys);
  if (dialect === '2020-12' && Array.isArray(schema.items) && !('prefixItems' in schema)) {
    schema.prefixItems = schema.items;
    delete schema.items;
    keys = undefined;
  }
  const result = translateNullable(schema);
  return { result, keys: result === 'wrapped' ? undefined : keys };
}
