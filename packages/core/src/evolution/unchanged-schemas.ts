import { valueAt } from '../specs/pointer.js';
import { refPointer } from './schema-nodes.js';

/** A pointer's schema in both specs, when the two are written alike; the `$ref`s found in it. */
interface LocalMatch {
  base: unknown;
  head: unknown;
  refs: string[];
}

/**
 * Which schemas two specs hold unchanged: the schema at a pointer is written alike in both (same keys in the
 * same order, same values) and so is every schema it reaches through `$ref`. Comparing such a pair finds no
 * change, so the schema diff skips it. GitHub's spec shares a few hundred component schemas among a thousand
 * operations: diffing every operation's closure again cost seconds, while each pointer is checked here once.
 * Anything unusual (a `$ref` that is not a local pointer, one that points at no schema) counts as changed, so
 * the full comparison runs and reports it.
 */
export class UnchangedSchemas {
  private readonly local = new Map<string, LocalMatch | undefined>();
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly baseRoot: unknown,
    private readonly headRoot: unknown,
  ) {}

  /** True when `base` and `head` are the schemas at `pointer` in each root, and unchanged with all they reach. */
  same(pointer: string, base: unknown, head: unknown): boolean {
    if (!this.closureUnchanged(pointer)) return false;
    const match = this.local.get(pointer);
    return match !== undefined && match.base === base && match.head === head;
  }

  /** Whether every schema reachable from `start` (itself included) is written alike on both sides. */
  private closureUnchanged(start: string): boolean {
    const known = this.answers.get(start);
    if (known !== undefined) return known;
    const seen = new Set<string>([start]);
    const pending = [start];
    let unchanged = true;
    while (unchanged && pending.length > 0) {
      const pointer = pending.pop()!;
      const answer = this.answers.get(pointer);
      if (answer === true) continue;
      const match = answer === false ? undefined : this.localMatch(pointer);
      if (match === undefined) {
        unchanged = false;
        break;
      }
      for (const ref of match.refs) {
        const target = refPointer(ref);
        if (target === undefined) {
          unchanged = false;
          break;
        }
        if (!seen.has(target)) {
          seen.add(target);
          pending.push(target);
        }
      }
    }
    // All it reaches is unchanged, so is all that each of those reaches; a change found says only that `start`
    // reaches it (the others explored may not).
    if (unchanged) for (const pointer of seen) this.answers.set(pointer, true);
    else this.answers.set(start, false);
    return unchanged;
  }

  private localMatch(pointer: string): LocalMatch | undefined {
    if (this.local.has(pointer)) return this.local.get(pointer);
    const base = valueAt(this.baseRoot, pointer);
    const head = valueAt(this.headRoot, pointer);
    const refs: string[] = [];
    const schemaLike = typeof base === 'boolean' || (isObject(base) && !Array.isArray(base));
    const match = schemaLike && writtenAlike(base, head, refs) ? { base, head, refs } : undefined;
    this.local.set(pointer, match);
    return match;
  }
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/**
 * Deep equality that also requires the same key order (the diff names `oneOf` branches by their JSON text);
 * collects every string `$ref` on the way. Recursion is bounded by the loader's nesting limit.
 */
function writtenAlike(a: unknown, b: unknown, refs: string[]): boolean {
  if (a === b && !isObject(a)) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    for (let i = 0; i < a.length; i++) if (!writtenAlike(a[i], list[i], refs)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const otherKeys = Object.keys(y);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== otherKeys[i] || !writtenAlike(x[key], y[key], refs)) return false;
  }
  if (typeof x.$ref === 'string') refs.push(x.$ref);
  return true;
}
