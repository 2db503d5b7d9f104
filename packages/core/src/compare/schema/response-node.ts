import { translateDiscriminator } from './discriminator.js';
import { collectRefs, isRecord } from './schema-keywords.js';

/** Resolves a local `$ref` against the spec's root (used by the discriminator translation). */
export type RefResolver = (ref: string) => unknown;

/**
 * One schema as response validation sees it. A consumer's response is a subset of what the provider sends,
 * so what constrains the presence of fields is dropped (`required`, `minProperties`, `dependentRequired`),
 * and `oneOf` becomes `anyOf` because a subset can match several branches. `not` and `if` are tests, not
 * promises, so they stay as written. Every `$ref` met is added to `refs` so its target gets derived too.
 */
export function toResponseNode(schema: unknown, refs: Set<string>, resolve: RefResolver): unknown {
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  const sub = (value: unknown): unknown => toResponseNode(value, refs, resolve);
  const subAll = (value: unknown): unknown => (Array.isArray(value) ? value.map(sub) : sub(value));
  const subMap = (value: unknown): unknown =>
    // Array-valued `dependencies` are the draft-07 spelling of dependentRequired: dropped like `required`.
    isRecord(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => !Array.isArray(v))
            .map(([k, v]) => [k, sub(v)]),
        )
      : value;

  for (const [key, value] of Object.entries(schema)) {
    switch (key) {
      case 'required':
        if (!Array.isArray(value)) out[key] = value;
        break;
      case 'minProperties':
      case 'dependentRequired':
      case 'discriminator':
      case 'oneOf':
        break;
      case '$ref':
        out[key] = value;
        if (typeof value === 'string') refs.add(value);
        break;
      case 'not':
      case 'if':
        out[key] = value;
        collectRefs(value, refs);
        break;
      case 'properties':
      case 'patternProperties':
      case 'definitions':
      case '$defs':
      case 'dependentSchemas':
      case 'dependencies':
        out[key] = subMap(value);
        break;
      case 'allOf':
      case 'anyOf':
      case 'prefixItems':
      case 'items':
        out[key] = subAll(value);
        break;
      case 'additionalProperties':
      case 'additionalItems':
      case 'unevaluatedProperties':
      case 'unevaluatedItems':
      case 'contains':
      case 'propertyNames':
      case 'then':
      case 'else':
        out[key] = sub(value);
        break;
      default:
        out[key] = value;
    }
  }
  addAlternatives(schema, out, sub, resolve);
  return out;
}

/** `oneOf` (and a discriminated `anyOf`) as response validation sees them. */
function addAlternatives(
  schema: Record<string, unknown>,
  out: Record<string, unknown>,
  sub: (value: unknown) => unknown,
  resolve: RefResolver,
): void {
  const branches = Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  const discriminated = translateDiscriminator(schema, resolve, sub);
  if (discriminated) {
    if (Array.isArray(schema.anyOf) && !branches) delete out.anyOf;
    out.allOf = [...existingAllOf(out), discriminated];
    return;
  }
  if (!branches) return;
  const anyOf = branches.map(sub);
  if (out.anyOf === undefined) out.anyOf = anyOf;
  else out.allOf = [...existingAllOf(out), { anyOf }];
}

function existingAllOf(out: Record<string, unknown>): unknown[] {
  return Array.isArray(out.allOf) ? (out.allOf as unknown[]) : [];
}
