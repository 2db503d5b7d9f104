import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv/ajv-factory.js';
import { isCompilable } from '../ajv/ajv-compilable.js';
import { interpretErrors } from './ajv-errors.js';
import { ruleGroups } from '../ajv/ajv-rules.js';

const defs = {
  Name: { type: 'string', minLength: 1, pattern: '^[A-Z]' },
  Pet: {
    type: 'object',
    required: ['name'],
    properties: { name: { $ref: '#/defs/Name' }, age: { type: 'integer', minimum: 0 } },
  },
};
// Ajv's deep-equal (the oracle) calls `valueOf`/`toString` on objects: keep such own keys out.
const inheritedKeys = /"(valueOf|toString|constructor|__proto__|hasOwnProperty)":/;
const json = (maxDepth: number) =>
  fc.jsonValue({ maxDepth }).filter((v) => !inheritedKeys.test(JSON.stringify(v) ?? ''));
const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'object', 'array') }),
  fc.record({ type: fc.constant(['string', 'null']) }),
  fc.record(
    { type: fc.constant('string'), minLength: fc.nat(3), maxLength: fc.nat(6), format: fc.constant('email') },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('string'), pattern: fc.constantFrom('^a', 'b$', '^\\d+$', '\\p{Lu}') }),
  fc.record({ format: fc.constantFrom('date-time', 'uuid', 'uri', 'int32', 'unknown-format') }),
  fc.record(
    { minimum: fc.integer({ min: -3, max: 3 }), exclusiveMaximum: fc.integer({ min: -3, max: 3 }) },
    { requiredKeys: [] },
  ),
  fc.record({ enum: fc.array(json(1), { minLength: 1, maxLength: 3 }) }),
  fc.record({ const: json(1) }),
  fc.constant({ $ref: '#/defs/Pet' }),
  fc.constant({ $ref: '#/defs/Pet', description: 'a pet', minProperties: 2 }),
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
        properties: fc.dictionary(fc.constantFrom('a', 'b', 'name', 'c/d'), tie('schema'), { maxKeys: 2 }),
        required: fc.subarray(['a', 'b', 'name']),
        additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
        patternProperties: fc.constant({ '^x-': { type: 'string' } }),
        minProperties: fc.nat(2),
        maxProperties: fc.nat(3),
      },
      { requiredKeys: ['properties'] },
    ),
    fc.record(
      { type: fc.constant('array'), items: tie('schema'), minItems: fc.nat(2), maxItems: fc.nat(3) },
      { requiredKeys: ['items'] },
    ),
    fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('schema') }),
    fc.record({ if: tie('schema'), then: tie('schema'), else: tie('schema') }, { requiredKeys: ['if'] }),
  ),
})).schema;
const value = fc.oneof(
  json(3),
  fc.dictionary(fc.constantFrom('a', 'b', 'name', 'x-y', 'z', 'c/d'), json(2), { maxKeys: 4 }),
  fc.constantFrom('Rex', 'a1', '2025-06-25T11:38:41Z', 'me@example.com', 'AB', '42', 7, 2.5, -1),
);

/** The fields of Ajv's errors that findings are made from, in order. */
const shape = (
  errors: ReadonlyArray<{
    instancePath: string;
    schemaPath: string;
    keyword: string;
    message?: string;
    params: Record<string, unknown>;
  }>,
) => errors.map((e) => [e.instancePath, e.schemaPath, e.keyword, e.message, e.params.additionalProperty]);

describe.each([false, true])(
  'interpretErrors reports what Ajv reports (discriminator option: %s)',
  (discriminator) => {
    it('on arbitrary schemas and values', () => {
      fc.assert(
        fc.property(schema, value, (s, v) => {
          const root = { defs, s };
          const options = { discriminator };
          const errors = isCompilable(root, '/s', options)
            ? interpretErrors(root, '/s', v, options)
            : undefined;
          if (errors === undefined) return;
          const ajv = createAjv('draft-07', discriminator ? { discriminator: true } : {});
          ajv.addSchema(root, 'root');
          const validate = ajv.compile({ $ref: 'root#/s' });
          expect(shape(errors)).toEqual(validate(v) ? [] : shape(validate.errors ?? []));
        }),
        { numRuns: 1000 },
      );
    });

    it('with a discriminated oneOf', () => {
      const root = {
        defs: { Cat: { type: 'object', properties: { kind: { const: 'cat' }, lives: { type: 'integer' } } } },
        s: {
          type: 'object',
          required: ['kind'],
          discriminator: { propertyName: 'kind' },
          oneOf: [
            { $ref: '#/defs/Cat' },
            { properties: { kind: { enum: ['dog'] }, barks: { type: 'boolean' } } },
          ],
        },
      };
      const ajv = createAjv('draft-07', discriminator ? { discriminator: true } : {});
      ajv.addSchema(root, 'root');
      const validate = ajv.compile({ $ref: 'root#/s' });
      for (const v of [
        { kind: 'cat', lives: 'x' },
        { kind: 'dog', barks: 1 },
        { kind: 'cow' },
        { kind: 3 },
        {},
      ]) {
        const errors = interpretErrors(root, '/s', v, { discriminator });
        expect(shape(errors ?? [])).toEqual(validate(v) ? [] : shape(validate.errors ?? []));
      }
    });
  },
);

describe('ruleGroups', () => {
  it.each([false, true])('matches a live Ajv’s rule table (discriminator option: %s)', (discriminator) => {
    const ajv = createAjv('draft-07', discriminator ? { discriminator: true } : {});
    const live = ajv.RULES.rules.map((group) => [group.type, group.rules.map((rule) => rule.keyword)]);
    expect(ruleGroups(discriminator).map((group) => [group.type, group.keywords])).toEqual(live);
    expect(ajv.RULES.post.rules).toEqual([]);
  });
});
