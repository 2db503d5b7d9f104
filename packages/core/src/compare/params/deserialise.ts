import type { SchemaShape } from './schema-shape.js';

/** How a parameter is serialised (OpenAPI `style`/`explode`). */
export interface Serialisation {
  name: string;
  style: string;
  explode: boolean;
}

/**
 * A path, header or cookie value (one string) parsed into what its schema expects. Label and matrix
 * prefixes are required; `;name=` in matrix values is optional (PactFlow's fixtures write `;1;2;3`).
 * Returns undefined when the value cannot be in that style at all.
 */
export function deserialiseString(raw: string, shape: SchemaShape, how: Serialisation): unknown {
  let value = raw;
  let separator = ',';
  if (how.style === 'label') {
    if (!value.startsWith('.')) return undefined;
    value = value.slice(1);
    if (how.explode) separator = '.';
  } else if (how.style === 'matrix') {
    if (!value.startsWith(';')) return undefined;
    const parts = value
      .slice(1)
      .split(';')
      .map((part) => (part.startsWith(`${how.name}=`) ? part.slice(how.name.length + 1) : part));
    value = parts.join(how.explode ? ',' : ';');
  }
  if (shape === 'array') return value === '' ? [] : value.split(separator);
  if (shape === 'object') return toObject(value.split(separator), how.explode);
  return value;
}

/** `k=v,k2=v2` (exploded) or `k,v,k2,v2` as an object. */
export function toObject(parts: string[], exploded: boolean): Record<string, string> {
  // No prototype: keys come from the contract and may be `__proto__`.
  const out = Object.create(null) as Record<string, string>;
  if (exploded) {
    for (const part of parts) {
      const eq = part.indexOf('=');
      if (eq < 0) out[part] = '';
      else out[part.slice(0, eq)] = part.slice(eq + 1);
    }
  } else {
    for (let i = 0; i < parts.length; i += 2) out[parts[i] as string] = parts[i + 1] ?? '';
  }
  return out;
}
