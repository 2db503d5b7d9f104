import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickCheck } from './quick-check.js';

const defs = {
  Name: { type: 'string', minLength: 1, pattern: '^[A-Z]' },
  Pet: {
    type: 'object',
    required: ['name'],
    properties: { name: { $ref: '#/defs/Name' }, age: { type: 'integer', minimum: 0 } },
  },
};
const check = (schema: unknown, value: unknown) => quickCheck({ defs }, schema, value);

describe('quickCheck', () => {
  it('judges the common keywords', () => {
    expect(check({ $ref: '#/defs/Pet' }, { name: 'Rex', age: 3 })).toBe(true);
    expect(check({ $ref: '#/defs/Pet' }, { name: 'rex' })).toBe(false);
    expect(check({ type: 'array', items: { type: 'integer' }, maxItems: 2 }, [1, 2, 3])).toBe(false);
    expect(check({ anyOf: [{ type: 'null' }, { $ref: '#/defs/Pet' }] }, null)).toBe(true);
    expect(check({ type: 'string', format: 'date-time' }, '2025-06-25T11:38:41.616386+00:00')).toBe(true);
    expect(check({ type: 'string', format: 'email' }, 'nope')).toBe(false);
    expect(check({ properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 })).toBe(false);
    expect(check({ type: 'string', maxLength: 1 }, '😀')).toBe(true);
  });

  it('leaves what it does not interpret to Ajv', () => {
    expect(check({ multipleOf: 2 }, 4)).toBeUndefined();
    expect(check({ type: 'array', uniqueItems: true }, [1])).toBeUndefined();
    expect(check({ oneOf: [{ type: 'string' }], discriminator: { propertyName: 't' } }, {})).toBeUndefined();
    expect(check({ $ref: '#/defs/Missing' }, 1)).toBeUndefined();
  });
});

/** Schemas made of the keywords quickCheck interprets (and a few it defers), to compare it with Ajv. */
// Ajv (the oracle here) compares enum/const values with a deep-equal that calls `valueOf` and `toString`
// on objects, so objects with those as own keys crash the oracle, not the code under test: keep them out.
const inheritedKeys = /"(valueOf|toString|constructor|__proto__|hasOwnProperty)":/;
const json = (maxDepth: number) =>
  fc.jsonValue({ maxDepth }).filter((v) => !inheritedKeys.test(JSON.stringify(v) ?? ''));

const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'object', 'array') }),
  fc.record(
    { type: fc.constant('string'), minLength: fc.nat(3), maxLength: fc.nat(6) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('string'), pattern: fc.constantFrom('^a', 'b$', '^\\d+$', '\\p{Lu}') }),
  fc.record({ format: fc.constantFrom('date-time', 'email', 'uuid', 'uri', 'int32', 'unknown-format') }),
  fc.record(
    { minimum: fc.integer({ min: -3, max: 3 }), exclusiveMaximum: fc.integer({ min: -3, max: 3 }) },
    { requiredKeys: [] },
  ),
  fc.record({ enum: fc.array(json(1), { minLength: 1, maxLength: 3 }) }),
  fc.record({ const: json(1) }),
  fc.constant({ $ref: '#/defs/Pet' }),
  fc.constant({ multipleOf: 2 }),
  fc.boolean(),
);
const schema = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record(
      {
        type: fc.constant('object'),
        properties: fc.dictionary(fc.constantFrom('a', 'b', 'name'), tie('schema'), { maxKeys: 2 }),
        required: fc.subarray(['a', 'b', 'name']),
        additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
        patternProperties: fc.constant({ '^x-': { type: 'string' } }),
        minProperties: fc.nat(2),
      },
      { requiredKeys: ['properties'] },
    ),
    fc.record(
      { type: fc.constant('array'), items: tie('schema'), minItems: fc.nat(2) },
      { requiredKeys: ['items'] },
    ),
    fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ not: tie('schema') }),
    fc.record({ if: tie('schema'), then: tie('schema'), else: tie('schema') }, { requiredKeys: ['if'] }),
  ),
})).schema;
const value = fc.oneof(
  json(3),
  fc.dictionary(fc.constantFrom('a', 'b', 'name', 'x-y', 'z'), json(2), { maxKeys: 4 }),
  fc.constantFrom('Rex', 'a1', '2025-06-25T11:38:41Z', 'me@example.com', 'AB', '42', 7, 2.5, -1),
);

describe.each([
  ['draft-07', new Ajv({ strict: false, logger: false, validateSchema: false })],
  ['2020-12', new Ajv2020({ strict: false, logger: false, validateSchema: false })],
])('quickCheck agrees with Ajv whenever it is sure (%s)', (_, ajv) => {
  addFormats.default(ajv);
  ajv.addSchema({ defs }, 'root');
  it('on arbitrary schemas and values', () => {
    fc.assert(
      fc.property(schema, value, (s, v) => {
        const verdict = quickCheck({ defs }, s, v);
        if (verdict === undefined) return;
        const refs = JSON.parse(JSON.stringify(s).replaceAll('"#/defs/', '"root#/defs/')) as object | boolean;
        expect(verdict).toBe(ajv.validate(refs, v));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('quickCheck with the discriminator option', () => {
  const root = {
    defs: {
      Cat: { type: 'object', properties: { kind: { const: 'cat' }, lives: { type: 'integer' } } },
    },
  };
  const pet = {
    type: 'object',
    required: ['kind'],
    discriminator: { propertyName: 'kind' },
    oneOf: [
      { $ref: '#/defs/Cat' },
      { properties: { kind: { enum: ['dog', 'puppy'] }, barks: { type: 'boolean' } } },
    ],
  };
  const ajv = new Ajv2020({ strict: false, logger: false, validateSchema: false, discriminator: true });
  ajv.addSchema(root, 'root');
  const withAjv = (schema: object, value: unknown): boolean =>
    ajv.validate(JSON.parse(JSON.stringify(schema).replaceAll('"#/defs/', '"root#/defs/')) as object, value);

  it('picks the branch the tag names, as Ajv does', () => {
    const values = [
      { kind: 'cat', lives: 9 },
      { kind: 'cat', lives: 'nine' },
      { kind: 'puppy', barks: true },
      { kind: 'dog', barks: 'loud' },
      { kind: 'cow' },
      { kind: 1 },
      {},
      'not an object',
    ];
    for (const value of values) {
      expect(quickCheck(root, pet, value, { discriminator: true })).toBe(withAjv(pet, value));
    }
  });

  it('leaves schemas Ajv would refuse to compile to Ajv', () => {
    const { required: _, ...notRequired } = pet;
    const duplicate = { ...pet, oneOf: [pet.oneOf[1], pet.oneOf[1]] };
    const mapped = { ...pet, discriminator: { propertyName: 'kind', mapping: { cat: '#/defs/Cat' } } };
    for (const schema of [notRequired, duplicate, mapped]) {
      expect(quickCheck(root, schema, { kind: 'dog' }, { discriminator: true })).toBeUndefined();
      expect(() => ajv.compile(schema)).toThrow();
    }
  });
});
