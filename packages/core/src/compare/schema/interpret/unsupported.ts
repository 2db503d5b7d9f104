/** Thrown where only Ajv itself can tell what it would report (one instance: no stack to capture each time). */
class UnsupportedSchema extends Error {}

export const unsupported = new UnsupportedSchema('left to Ajv');

export function throwUnsupported(): never {
  throw unsupported;
}
