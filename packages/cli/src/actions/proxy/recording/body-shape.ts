import { createHash } from 'node:crypto';

const MAX_DEPTH = 12;
/** Shapes longer than this are hashed, so a key stays small however large the body. */
const MAX_SHAPE_LENGTH = 256;

/**
 * The structural shape of a JSON value, used in the interaction key: object keys (sorted) with the shapes
 * of their values, arrays by the shape of their first element, scalars by type. Values never matter, so
 * `{"name":"Rex"}` and `{"name":"Tom"}` share a shape and `{"name":1}` does not.
 *
 * @example jsonShape({ b: [1], a: 'x' }) // '{a:s,b:[n]}'
 */
export function jsonShape(value: unknown): string {
  const shape = describe(value, 0);
  return shape.length <= MAX_SHAPE_LENGTH ? shape : `#${createHash('sha1').update(shape).digest('hex')}`;
}

function describe(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return '…';
  if (value === null) return 'z';
  if (Array.isArray(value)) return `[${value.length === 0 ? '' : describe(value[0], depth + 1)}]`;
  switch (typeof value) {
    case 'string':
      return 's';
    case 'number':
      return 'n';
    case 'boolean':
      return 'b';
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return `{${entries.map(([k, v]) => `${k}:${describe(v, depth + 1)}`).join(',')}}`;
    }
    default:
      return '?';
  }
}

/** The shape of a form body: its sorted field names. */
export function formShape(text: string): string {
  const names = new URLSearchParams(text).keys();
  return `form(${[...new Set(names)].sort().join(',')})`;
}
