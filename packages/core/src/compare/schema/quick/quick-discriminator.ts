import { nodeAt } from '../applied-schemas.js';
import { refToPointer } from '../json-pointer.js';
import type { Verdict } from './quick-verdict.js';
import { isRecord } from '../schema-keywords.js';

/**
 * Ajv's `discriminator` keyword (response validation turns its option on), interpreted: an object must carry a
 * string tag, and is valid when the one `oneOf` branch whose `properties/<tag>` lists that value accepts it;
 * `oneOf` itself is then not evaluated. Undefined wherever Ajv would refuse to compile the schema, so Ajv gets
 * to report that.
 */
export function discriminatorVerdict(
  root: unknown,
  schema: Record<string, unknown>,
  value: unknown,
  sub: (schema: unknown, value: unknown) => Verdict,
): Verdict {
  const mapping = tagMapping(root, schema);
  if (mapping === undefined) return undefined;
  if (!isRecord(value)) return true;
  const tag = value[mapping.tagName];
  if (typeof tag !== 'string' || !Object.hasOwn(mapping.branches, tag)) return false;
  return sub((schema.oneOf as unknown[])[mapping.branches[tag] as number], value);
}

export interface TagMapping {
  tagName: string;
  /** Tag value → index of its `oneOf` branch. */
  branches: Record<string, number>;
}

/** The mapping Ajv builds while compiling (its `getMapping`), or undefined where Ajv would throw. */
export function tagMapping(root: unknown, schema: Record<string, unknown>): TagMapping | undefined {
  const { discriminator, oneOf } = schema;
  if (!isRecord(discriminator) || discriminator.mapping || !Array.isArray(oneOf)) return undefined;
  const tagName = discriminator.propertyName;
  if (typeof tagName !== 'string') return undefined;
  const hasRequired = (s: Record<string, unknown>): boolean =>
    Array.isArray(s.required) && s.required.includes(tagName);
  const topRequired = hasRequired(schema);
  const branches: Record<string, number> = {};
  for (const [index, branch] of oneOf.entries()) {
    const target = branchTarget(root, branch);
    const property = isRecord(target) && isRecord(target.properties) ? target.properties[tagName] : undefined;
    if (!isRecord(property) || !(topRequired || hasRequired(target as Record<string, unknown>)))
      return undefined;
    const values = property.const ? [property.const] : property.enum;
    if (!Array.isArray(values)) return undefined;
    for (const tagValue of values) {
      // Ajv checks with `in`, so inherited names (`constructor`) count as taken too.
      if (typeof tagValue !== 'string' || tagValue in branches) return undefined;
      branches[tagValue] = index;
    }
  }
  return { tagName, branches };
}

/** A branch, or the schema it only refers to (a branch with `$ref` beside other keywords is left to Ajv). */
function branchTarget(root: unknown, branch: unknown): unknown {
  if (!isRecord(branch) || branch.$ref === undefined) return branch;
  if (typeof branch.$ref !== 'string' || Object.keys(branch).length !== 1) return undefined;
  const pointer = refToPointer(branch.$ref);
  return pointer === undefined ? undefined : nodeAt(root, pointer);
}
