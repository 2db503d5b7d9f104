import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv/ajv-factory.js';
import { isCompilable } from './ajv/ajv-compilable.js';
import { interpretErrors } from './interpret/ajv-errors.js';
import { quickCheck } from './quick/quick-check.js';

// Simple patterns (no nested quantifiers, so native RegExp is a safe oracle) and text with the characters
// where ECMAScript and RE2 disagree (line terminators, Unicode spaces, astral code points).
const atom = fc.constantFrom(
  'a',
  'b',
  '.',
  '\\s',
  '\\S',
  '\\d',
  '\\w',
  '[ab]',
  '[^a]',
  '[\\s-]',
  '\\p{Lu}',
  '(a|b)',
);
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,2}');
const pattern = fc
  .tuple(
    fc.constantFrom('', '^'),
    fc.array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '$'),
  )
  .map(([start, pieces, end]) => start + pieces.map(([a, q]) => a + q).join('') + end);
const text = fc
  .array(fc.constantFrom('a', 'b', 'A', '1', ' ', '\n', '\r', '\u2028', '\u00a0', '😀', '-'), {
    maxLength: 6,
  })
  .map((chars) => chars.join(''));

const native = (p: string, t: string): boolean => new RegExp(p, 'u').test(t);

describe('spec patterns: Ajv, the quick check and the interpreter agree', () => {
  it('on pattern and patternProperties, and with what RegExp says', () => {
    fc.assert(
      fc.property(pattern, pattern, text, text, text, (p, keyPattern, value, key, other) => {
        const schema = {
          type: 'object',
          properties: { v: { type: 'string', pattern: p } },
          patternProperties: { [keyPattern]: { type: 'string', minLength: 2 } },
        };
        const data: Record<string, unknown> = { v: value, [key]: other };
        const claimed = Object.keys(data).filter((k) => native(keyPattern, k));
        const expected = native(p, value) && claimed.every((k) => [...(data[k] as string)].length >= 2);

        const root = { s: schema };
        const ajv = createAjv('draft-07', {});
        ajv.addSchema(root, 'root');
        const validate = ajv.compile({ $ref: 'root#/s' });
        expect(validate(data)).toBe(expected);

        // Both shortcuts may leave a case to Ajv, but these simple patterns are all theirs to decide.
        expect(quickCheck(root, schema, data)).toBe(expected);
        const options = { discriminator: false };
        expect(isCompilable(root, '/s', options)).toBe(true);
        const errors = interpretErrors(root, '/s', data, options);
        expect(errors?.length === 0).toBe(expected);
        expect(errors?.map((e) => [e.instancePath, e.keyword])).toEqual(
          (validate.errors ?? []).map((e) => [e.instancePath, e.keyword]),
        );
      }),
      { numRuns: 400 },
    );
  });
});
