import type { Parameter } from '../../specs/model.js';
import { toObject } from './deserialise.js';
import type { SchemaShape } from './schema-shape.js';

/** A query parameter parsed for validation: candidate values (one per occurrence for primitives) and the keys it used. */
export interface QueryValue {
  candidates: unknown[];
  keys: string[];
}

/**
 * Reads one declared query parameter from the contract's (decoded) query, by style: `form` (exploded arrays
 * repeat the key, non-exploded ones join with commas — both are accepted, as clients do both),
 * `spaceDelimited`, `pipeDelimited` and `deepObject` (`person[address][city]=…`). Undefined when absent.
 * `unclaimed` lists keys no other parameter declares, which an exploded form object is made of.
 */
export function readQuery(
  query: Record<string, string[]>,
  param: Parameter,
  shape: SchemaShape,
  unclaimed: readonly string[],
): QueryValue | undefined {
  if (param.style === 'deepObject') return readDeepObject(query, param.name);
  const values = query[param.name];
  if (shape === 'object' && param.explode && param.style === 'form') {
    if (unclaimed.length === 0) return undefined;
    const object = Object.create(null) as Record<string, string>;
    for (const key of unclaimed) object[key] = query[key]?.[0] ?? '';
    return { candidates: [object], keys: [...unclaimed] };
  }
  if (values === undefined) return undefined;
  const keys = [param.name];
  const separator = param.style === 'spaceDelimited' ? ' ' : param.style === 'pipeDelimited' ? '|' : ',';
  if (shape === 'array') {
    const items = param.explode && param.style === 'form' ? values : values.join(separator).split(separator);
    return { candidates: [values.length === 1 && values[0] === '' ? [] : items], keys };
  }
  if (shape === 'object') return { candidates: [toObject(values.join(',').split(','), false)], keys };
  return { candidates: values, keys };
}

function readDeepObject(query: Record<string, string[]>, name: string): QueryValue | undefined {
  const root = Object.create(null) as Record<string, unknown>;
  const keys: string[] = [];
  for (const [key, values] of Object.entries(query)) {
    if (!key.startsWith(`${name}[`)) continue;
    keys.push(key);
    // Text after the last bracket is ignored, as common query parsers do.
    const path = [...key.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
    setDeep(root, path, values[0] ?? '');
  }
  return keys.length === 0 ? undefined : { candidates: [root], keys };
}

function setDeep(root: Record<string, unknown>, path: string[], value: string): void {
  let node = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created = Object.create(null) as Record<string, unknown>;
      node[segment] = created;
      node = created;
    }
  });
}
