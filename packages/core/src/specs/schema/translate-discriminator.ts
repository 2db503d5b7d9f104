import type { RefResolver } from '../refs/ref-resolver.js';
import { childPointer, pointerTokens } from '../pointer.js';

type Schema = Record<string, unknown>;

const maxBranches = 500;

/**
 * Makes `oneOf` + `discriminator` validate correctly with a validator that ignores `discriminator`.
 * Without help, `oneOf` fails whenever a payload fits two branches (say Cat and Dog with only optional
 * fields). Each `$ref` branch gets a sibling `not` that rejects payloads whose discriminator value names
 * another branch, so a named payload can only match its own branch. Branch positions are unchanged and
 * the `discriminator` keyword is kept for readers.
 *
 * Branch names are the explicit `mapping` keys that point at the branch plus the implicit name (the
 * target's last pointer token). `anyOf` needs no help: it never fails because two branches match.
 */
export function translateDiscriminator(schema: Schema, pointer: string, refs: RefResolver): void {
  const discriminator = schema.discriminator;
  const branches = schema.oneOf;
  if (
    !isRecord(discriminator) ||
    typeof discriminator.propertyName !== 'string' ||
    !Array.isArray(branches)
  ) {
    return;
  }
  // Each branch lists every other branch's names: quadratic, so hostile sizes are left as written.
  if (branches.length > maxBranches) return;
  const property = discriminator.propertyName;
  const targets = branches.map((branch: unknown, index) =>
    isRecord(branch) && typeof branch.$ref === 'string'
      ? refs.target(branch, childPointer(pointer, 'oneOf', index))
      : undefined,
  );
  const names = targets.map(
    (target) => new Set(target === undefined ? [] : [pointerTokens(target).at(-1) ?? '']),
  );
  const mapping = isRecord(discriminator.mapping) ? discriminator.mapping : {};
  for (const [name, value] of Object.entries(mapping)) {
    if (typeof value !== 'string') continue;
    const target = refs.resolveString(value.includes('/') ? value : `#/components/schemas/${value}`, pointer);
    targets.forEach((candidate, index) => {
      if (candidate !== undefined && candidate === target) names[index]?.add(name);
    });
  }
  branches.forEach((branch: unknown, index) => {
    const others = names.flatMap((set, other) => (other === index ? [] : [...set]));
    const own = names[index];
    const exclusive = others.filter((name) => !own?.has(name));
    if (!isRecord(branch) || targets[index] === undefined || exclusive.length === 0) return;
    addConstraint(branch, { not: { required: [property], properties: { [property]: { enum: exclusive } } } });
  });
}

function addConstraint(branch: Schema, constraint: Schema): void {
  if (!('not' in branch)) branch.not = constraint.not;
  else branch.allOf = [...(Array.isArray(branch.allOf) ? (branch.allOf as unknown[]) : []), constraint];
}

function isRecord(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
