import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * A format check exactly as ajv-formats ("full" mode, as the validators use) does it. Undefined for a format
 * ajv-formats does not know, which Ajv (not strict) ignores.
 */
export function checkFormat(format: string, value: unknown): boolean | undefined {
  if (!Object.hasOwn(fullFormats, format)) return undefined;
  const definition = fullFormats[format as keyof typeof fullFormats] as unknown;
  let type = 'string';
  let test: unknown = definition;
  if (typeof definition === 'object' && definition !== null && !(definition instanceof RegExp)) {
    const { type: declared, validate } = definition as { type?: string; validate?: unknown };
    if (declared) type = declared;
    test = validate;
  }
  if (typeof value !== type) return true;
  if (test instanceof RegExp) return test.test(value as string);
  if (typeof test === 'function') return Boolean((test as (v: unknown) => unknown)(value));
  return true;
}
