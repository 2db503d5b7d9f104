import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Letters and digits only: safe in headers, cookies and anywhere a provider is picky. */
export const safeChar: Arbitrary<string> = fc.constantFrom(...ALNUM.split(''));

const dates = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const lowerWord = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')),
  minLength: 1,
  maxLength: 10,
});

/**
 * Arbitraries for the string formats providers most often check (JSON Schema and OpenAPI), producing
 * plain, unsurprising values that ajv-formats accepts; undefined for formats without one.
 *
 * @example fc.sample(formatArbitrary('uuid')!, 1) // ['0b1d…']
 */
export function formatArbitrary(format: string): Arbitrary<string> | undefined {
  switch (format) {
    case 'date-time':
      return dates.map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    case 'date':
      return dates.map((d) => d.toISOString().slice(0, 10));
    case 'time':
      return dates.map((d) => d.toISOString().slice(11, 19) + 'Z');
    case 'email':
    case 'idn-email':
      return fc.tuple(lowerWord, lowerWord).map(([user, host]) => `${user}@${host}.example.com`);
    case 'uuid':
      return fc.uuid();
    case 'uri':
    case 'url':
    case 'iri':
      return fc.webUrl();
    case 'uri-reference':
    case 'iri-reference':
      return fc.array(lowerWord, { maxLength: 3 }).map((parts) => '/' + parts.join('/'));
    case 'hostname':
    case 'idn-hostname':
      return fc.tuple(lowerWord, lowerWord).map(([a, b]) => `${a}.${b}.example`);
    case 'ipv4':
      return fc.ipV4();
    case 'ipv6':
      return fc.ipV6();
    case 'byte':
      return fc.base64String({ maxLength: 24 });
    default:
      return undefined;
  }
}
