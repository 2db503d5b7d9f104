import { describe, expect, it } from 'vitest';
import { translateNullable } from './translate-nullable.js';

const translated = (schema: Record<string, unknown>) => (translateNullable(schema), schema);

describe('translateNullable', () => {
  it('adds null to the type, and to enum when there is one', () => {
    expect(translated({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(translated({ type: 'string', enum: ['a'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(translated({ type: ['integer', 'string'], 'x-nullable': true })).toEqual({
      type: ['integer', 'string', 'null'],
    });
  });

  it('offers null as an alternative to $ref, allOf, oneOf, anyOf and const, keeping annotations outside', () => {
    const schema = { $ref: '#/components/schemas/A', description: 'an A', nullable: true };
    expect(translateNullable(schema)).toBe('wrapped');
    expect(schema).toEqual({
      description: 'an A',
      anyOf: [{ $ref: '#/components/schemas/A', description: 'an A' }, { type: 'null' }],
    });
    expect(translated({ allOf: [{ type: 'object' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }],
    });
    expect(translated({ const: 'x', nullable: true })).toEqual({ anyOf: [{ const: 'x' }, { type: 'null' }] });
  });

  it('removes nullable: false and leaves the schema alone', () => {
    expect(translated({ type: 'string', nullable: false })).toEqual({ type: 'string' });
    expect(translateNullable({ type: 'string' })).toBeUndefined();
  });

  it('never changes an enum array in place (it may be shared)', () => {
    const shared = ['a'];
    translated({ type: 'string', enum: shared, nullable: true });
    expect(shared).toEqual(['a']);
  });
});
