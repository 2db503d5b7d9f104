import { isRecord } from './schema-keywords.js';
import { parsePointer, refToPointer } from './json-pointer.js';

/**
 * An OpenAPI `discriminator` as Ajv's `discriminator` keyword understands it, for response validation:
 * when the consumer's object carries the tag, exactly the mapped branch applies (one error when the tag is
 * unknown, rather than one per branch); when it leaves the tag out, any branch may match.
 * Returns undefined when the branches cannot be mapped to distinct tag values (then plain `anyOf` applies).
 */
export function translateDiscriminator(
  schema: Record<string, unknown>,
  resolve: (ref: string) => unknown,
  sub: (value: unknown) => unknown,
): Record<string, unknown> | undefined {
  const discriminator = schema.discriminator;
  const branches = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : undefined;
  if (!isRecord(discriminator) || typeof discriminator.propertyName !== 'string' || !branches)
    return undefined;
  const tag = discriminator.propertyName;
  const mapping = normaliseMapping(discriminator.mapping, resolve);
  const seen = new Set<string>();
  const tagged: Array<Record<string, unknown>> = [];
  for (const branch of branches) {
    const values = tagValues(branch, tag, mapping, resolve);
    if (values.length === 0 || values.some((v) => seen.has(v))) return undefined;
    for (const v of values) seen.add(v);
    tagged.push({ properties: { [tag]: { enum: values } }, allOf: [sub(branch)] });
  }
  return {
    if: { required: [tag] },
    then: { required: [tag], discriminator: { propertyName: tag }, oneOf: tagged },
    else: { anyOf: branches.map(sub) },
  };
}

function normaliseMapping(mapping: unknown, resolve: (ref: string) => unknown): Array<[string, string]> {
  if (!isRecord(mapping)) return [];
  const entries: Array<[string, string]> = [];
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue;
    if (target.startsWith('#')) entries.push([value, target]);
    else {
      // A bare schema name: OpenAPI 3 keeps it under components, Swagger 2 under definitions.
      const ref = [`#/components/schemas/${target}`, `#/definitions/${target}`].find(
        (r) => resolve(r) !== undefined,
      );
      if (ref) entries.push([value, ref]);
    }
  }
  return entries;
}

function tagValues(
  branch: unknown,
  tag: string,
  mapping: Array<[string, string]>,
  resolve: (ref: string) => unknown,
): string[] {
  if (!isRecord(branch)) return [];
  const ref = typeof branch.$ref === 'string' ? branch.$ref : undefined;
  if (ref) {
    const mapped = mapping.filter(([, target]) => target === ref).map(([value]) => value);
    if (mapped.length > 0) return mapped;
  }
  const own = declaredValues(ref ? resolve(ref) : branch, tag);
  if (own.length > 0 || !ref) return own;
  const pointer = refToPointer(ref);
  const name = pointer === undefined ? undefined : parsePointer(pointer).at(-1);
  return name ? [name] : [];
}

/** Tag values a branch pins itself with `properties.<tag>.const` or `.enum`. */
function declaredValues(schema: unknown, tag: string): string[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  const property = schema.properties[tag];
  if (!isRecord(property)) return [];
  if (typeof property.const === 'string') return [property.const];
  if (Array.isArray(property.enum) && property.enum.every((v): v is string => typeof v === 'string'))
    return property.enum;
  return [];
}
