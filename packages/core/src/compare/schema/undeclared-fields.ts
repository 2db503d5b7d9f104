import { appliedSchemas, followRefs, type AppliedSchema, type Validates } from './applied-schemas.js';
import { isRecord } from './schema-keywords.js';
import { schemaPattern } from '../../shared/linear-regex.js';

export interface UndeclaredField {
  /** Path of the object holding the field. */
  path: string[];
  name: string;
  /**
   * `writeOnly`: declared, but only for requests — the provider never sends it. `unchecked`: only a
   * `patternProperties` key that cannot be run safely could declare it (`refusal` names it and says why).
   */
  reason: 'undeclared' | 'writeOnly' | 'unchecked';
  refusal?: string;
}

export interface UndeclaredFieldOptions {
  /**
   * An object whose schema is a nullable object (`type: [object, null]`, what OAS 3.0 `nullable: true` becomes)
   * is open: PactFlow's `x-opc-config-no-transform-non-nullable-response-schema` keeps that old leniency.
   */
  nullableObjectsOpen?: boolean;
}

/** Beyond this depth a body is not searched further (Ajv has already validated it). */
const MAX_DEPTH = 256;

/**
 * Fields of a response body no applicable schema declares. A field is declared when some schema that applies
 * to its object (allOf branches together, matching anyOf/oneOf branches, `then`/`else`) lists it in `properties`,
 * matches it with `patternProperties`, or gives `additionalProperties` a schema. An object whose schemas declare
 * nothing at all is free-form and never reported.
 */
export function findUndeclaredFields(
  root: unknown,
  pointer: string,
  body: unknown,
  validates: Validates,
  options: UndeclaredFieldOptions = {},
): UndeclaredField[] {
  const found: UndeclaredField[] = [];
  const walk = (value: unknown, path: string[], pointers: string[]): void => {
    if (pointers.length === 0 || path.length > MAX_DEPTH || value === null || typeof value !== 'object')
      return;
    const applied = appliedSchemas(root, pointers, value, validates);
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        walk(
          item,
          [...path, String(i)],
          applied.flatMap((s) => itemPointers(s, i)),
        ),
      );
      return;
    }
    const record = value as Record<string, unknown>;
    const checked =
      applied.some(declaresFields) && !(options.nullableObjectsOpen === true && applied.some(nullableObject));
    for (const [name, child] of Object.entries(record)) {
      const {
        declared,
        writeOnly,
        unchecked,
        pointers: childPointers,
      } = propertyPointers(root, applied, name);
      if (checked && !declared) {
        if (unchecked !== undefined) found.push({ path, name, reason: 'unchecked', refusal: unchecked });
        else found.push({ path, name, reason: writeOnly ? 'writeOnly' : 'undeclared' });
      }
      walk(child, [...path, name], childPointers);
    }
  };
  walk(body, [], [pointer]);
  return found;
}

function nullableObject({ node }: AppliedSchema): boolean {
  return Array.isArray(node.type) && node.type.includes('object') && node.type.includes('null');
}

function declaresFields({ node }: AppliedSchema): boolean {
  return nonEmpty(node.properties) || nonEmpty(node.patternProperties) || nonEmpty(node.additionalProperties);
}

function nonEmpty(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length > 0;
}

function propertyPointers(
  root: unknown,
  applied: AppliedSchema[],
  name: string,
): { declared: boolean; writeOnly: boolean; unchecked?: string; pointers: string[] } {
  let declared = false;
  let writeOnly = false;
  let unchecked: string | undefined;
  const pointers: string[] = [];
  for (const { node, pointer } of applied) {
    let matched = false;
    if (isRecord(node.properties) && Object.hasOwn(node.properties, name)) {
      pointers.push(`${pointer}/properties/${escape(name)}`);
      // A writeOnly property is declared for requests only.
      if (isWriteOnly(root, node.properties[name])) writeOnly = true;
      else matched = true;
    }
    if (isRecord(node.patternProperties)) {
      for (const pattern of Object.keys(node.patternProperties)) {
        const compiled = schemaPattern(pattern);
        if (!compiled.ok) unchecked ??= compiled.reason;
        else if (compiled.regex.test(name)) {
          matched = true;
          pointers.push(`${pointer}/patternProperties/${escape(pattern)}`);
        }
      }
    }
    if (!matched && isRecord(node.additionalProperties)) {
      pointers.push(`${pointer}/additionalProperties`);
      matched = nonEmpty(node.additionalProperties);
    }
    declared ||= matched;
  }
  return { declared, writeOnly, ...(unchecked === undefined ? {} : { unchecked }), pointers };
}

function isWriteOnly(root: unknown, property: unknown): boolean {
  const schema = followRefs(root, property);
  return isRecord(schema) && schema.writeOnly === true;
}

function itemPointers({ node, pointer }: AppliedSchema, index: number): string[] {
  const tuple = Array.isArray(node.prefixItems)
    ? 'prefixItems'
    : Array.isArray(node.items)
      ? 'items'
      : undefined;
  const tupleLength = tuple ? (node[tuple] as unknown[]).length : 0;
  if (tuple && index < tupleLength) return [`${pointer}/${tuple}/${index}`];
  if (tuple === 'items') return isRecord(node.additionalItems) ? [`${pointer}/additionalItems`] : [];
  return isRecord(node.items) ? [`${pointer}/items`] : [];
}

function escape(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
