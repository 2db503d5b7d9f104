/** Deep equality of JSON values, as Ajv's enum and const compare them. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Like Ajv's deep equality: objects of different constructors (a null-prototype object and `{}`) differ.
  if (Array.isArray(a) !== Array.isArray(b) || a.constructor !== b.constructor) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
