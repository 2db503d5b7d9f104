import { SpecError } from '../spec-error.js';
import type { ResolvedLimits } from '../load-options.js';

// Ajv registers these wherever they appear in a root it is given (even in examples) and refuses duplicates;
// they would also re-base the `#/…` refs the loader writes. Schemas are identified by pointer instead.
export const identifierKeys: ReadonlySet<string> = new Set(['$id', '$anchor', '$dynamicAnchor']);

export interface ClonedTree {
  tree: unknown;
  /** `$ref` strings that are not `#…` fragments: candidate file (or remote) references. */
  externalRefs: string[];
}

/**
 * Copies a parsed document into a plain JSON tree the loader may translate in place. Shared objects
 * (YAML aliases) are copied per use within the node budget; a cycle ends at the depth limit.
 * Non-JSON values (functions, symbols, undefined) are dropped, bigints become numbers, and string
 * `$id`/`$anchor`/`$dynamicAnchor` keys are left out.
 */
export function cloneTree(value: unknown, limits: ResolvedLimits, source: string): ClonedTree {
  const externalRefs: string[] = [];
  let nodes = 0;

  const copy = (current: unknown, depth: number): unknown => {
    if (current === null || typeof current !== 'object') return scalar(current);
    if (depth >= limits.maxDepth) {
      throw new SpecError(
        'spec.too-deep',
        `document nests deeper than ${limits.maxDepth} levels (or contains a cycle)`,
        source,
      );
    }
    if (++nodes > limits.maxNodes) {
      throw new SpecError('spec.too-large', `document expands to more than ${limits.maxNodes} nodes`, source);
    }
    if (Array.isArray(current)) {
      const out: unknown[] = new Array<unknown>(current.length);
      for (let i = 0; i < current.length; i++) out[i] = copy(current[i], depth + 1) ?? null;
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(current)) {
      const child = copy((current as Record<string, unknown>)[key], depth + 1);
      if (child === undefined || (identifierKeys.has(key) && typeof child === 'string')) continue;
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) externalRefs.push(child);
      // Assigning `__proto__` would change the prototype instead of adding a property.
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: child,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = child;
    }
    return out;
  };

  return { tree: copy(value, 0), externalRefs };
}

function scalar(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number(value);
    default:
      return value === null ? null : undefined;
  }
}
