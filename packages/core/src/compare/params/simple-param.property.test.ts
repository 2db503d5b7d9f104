import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../schema/ajv/ajv-factory.js';
import { checkSimpleParam, isBare, simpleParamVerdict } from './simple-param.js';
import { isNonFiniteNumberText } from './validate-param.js';

// The simple check must never disagree with what Ajv (coercing, as parameters are validated) decides; as
// validate-param.ts does, text that coerces to a non-finite number ("Infinity") is validated as written.
const bound = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -20, max: 20, noNaN: true }));
const numberSchema = fc.record(
  {
    type: fc.constantFrom('integer', 'number'),
    minimum: bound,
    maximum: bound,
    exclusiveMinimum: bound,
    exclusiveMaximum: bound,
    format: fc.constantFrom('int32', 'int64', 'double'),
    description: fc.constant('d'),
  },
  { requiredKeys: ['type'] },
);
const stringSchema = fc.record(
  {
    type: fc.constant('string'),
    enum: fc.array(fc.constantFrom('a', 'b', '1', ''), { maxLength: 3 }),
    readOnly: fc.boolean(),
  },
  { requiredKeys: ['type'] },
);
const booleanSchema = fc.record({ type: fc.constant('boolean') });
const value = fc.oneof(
  fc.integer({ min: -25, max: 25 }).map(String),
  fc.double({ min: -25, max: 25, noNaN: true }).map(String),
  fc.constantFrom('', ' ', 'a', 'b', '1', 'true', 'false', '007', '-0', '1e3', '0x10', 'NaN', 'Infinity'),
  fc.constantFrom('-Infinity', '+Infinity', ' Infinity'),
);

describe('the simple parameter check', () => {
  it('agrees with Ajv wherever it answers, for schemas inline or behind $refs', () => {
    const ajv = createAjv('draft-07', { coerceTypes: 'array' });
    const asWritten = createAjv('draft-07', {});
    fc.assert(
      fc.property(
        fc.oneof(numberSchema, stringSchema, booleanSchema),
        fc.integer({ min: 0, max: 2 }),
        value,
        (target, hops, raw) => {
          // `hops` schemas holding only a `$ref` lead to the target.
          const definitions: Record<string, unknown> = { s0: target };
          for (let i = 1; i <= hops; i++) definitions[`s${i}`] = { $ref: `#/definitions/s${i - 1}` };
          const schema = hops === 0 ? target : { $ref: `#/definitions/s${hops}` };
          const resolve = (ref: string): unknown => definitions[ref.replace('#/definitions/', '')];
          const verdict = simpleParamVerdict(schema, raw, resolve);
          let validate;
          try {
            validate = (isNonFiniteNumberText(raw) ? asWritten : ajv).compile({ definitions, ...schema });
          } catch {
            // What Ajv cannot compile (an empty enum) validates nothing: the simple check must not decide it.
            expect(verdict).toBeUndefined();
            return;
          }
          const valid = validate(raw);
          if (verdict === 'valid') expect(valid).toBe(true);
          if (verdict === 'invalid') expect(valid).toBe(false);
          // A bare schema reads numbers strictly, on purpose (lenient-number.ts warns where Ajv's coercion
          // alone makes one a number, `" "` is 0 to Ajv); any other type verdict is Ajv's.
          if (verdict === 'type' && !isBare(schema)) expect(valid).toBe(false);
          const errors = checkSimpleParam(schema, raw, resolve);
          if (errors !== undefined && !(isBare(schema) && errors.length > 0)) {
            expect(errors.length === 0).toBe(valid);
            if (!valid) expect(errors.map((e) => e.message)).toEqual(validate.errors?.map((e) => e.message));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('answers for the common shapes, so they need no Ajv', () => {
    const resolve = (ref: string): unknown =>
      ref === '#/components/schemas/n' ? { type: 'integer', readOnly: true } : undefined;
    expect(simpleParamVerdict({ $ref: '#/components/schemas/n' }, '42', resolve)).toBe('valid');
    expect(simpleParamVerdict({ type: 'integer', minimum: 1, maximum: 100 }, '101', resolve)).toBe('invalid');
    expect(simpleParamVerdict({ type: 'string', enum: ['a'] }, 'b', resolve)).toBe('invalid');
    expect(simpleParamVerdict({ type: 'string', enum: ['a'] }, 'a', resolve)).toBe('valid');
    // A `$ref` with siblings, or a keyword this check does not model, is Ajv's.
    expect(simpleParamVerdict({ $ref: '#/components/schemas/n', minimum: 5 }, '4', resolve)).toBeUndefined();
    expect(simpleParamVerdict({ type: 'string', pattern: '^a' }, 'a', resolve)).toBeUndefined();
  });
});
