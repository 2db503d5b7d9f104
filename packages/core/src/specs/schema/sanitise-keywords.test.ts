import { describe, expect, it } from 'vitest';
import { sanitiseKeywords } from './sanitise-keywords.js';
import { forEachSubschema } from './subschemas.js';

const sanitised = (schema: Record<string, unknown>) => (sanitiseKeywords(schema), schema);

describe('sanitiseKeywords', () => {
  it('repairs or drops keyword values a validator would reject', () => {
    expect(
      sanitised({
        type: 'file',
        required: true,
        minimum: '0',
        maxLength: -1,
        multipleOf: 0,
        pattern: '^[\\w-.]+$',
        examples: { a: 1 },
        readOnly: 'yes',
        $schema: 'http://json-schema.org/draft-04/schema#',
      }),
    ).toEqual({ minimum: 0 });
  });

  it('keeps valid values, lower-cases types and de-duplicates required', () => {
    expect(
      sanitised({
        type: ['String', 'null', 'date'],
        required: ['a', 'a'],
        pattern: '^[a-z]+$',
        minLength: 1,
      }),
    ).toEqual({
      type: ['string', 'null'],
      required: ['a'],
      pattern: '^[a-z]+$',
      minLength: 1,
    });
  });
  it('drops invalid patternProperties keys and non-string dependency names', () => {
    expect(
      sanitised({
        patternProperties: { '^a$': {}, '(': {} },
        dependencies: { a: ['b', 1] },
        dependentRequired: { c: 'd', e: ['f'] },
      }),
    ).toEqual({
      patternProperties: { '^a$': {} },
      dependencies: { a: ['b'] },
      dependentRequired: { e: ['f'] },
    });
  });
});

describe('forEachSubschema', () => {
  it('visits every subschema position with its pointer', () => {
    const schema = {
      properties: { a: {}, 'b/c': true },
      items: [{}, {}],
      allOf: [{}],
      additionalProperties: {},
      dependencies: { a: ['b'], c: {} },
    };
    const seen: string[] = [];
    forEachSubschema(schema, '/s', (_child, pointer) => seen.push(pointer));
    expect(seen.sort()).toEqual(
      [
        '/s/additionalProperties',
        '/s/allOf/0',
        '/s/items/0',
        '/s/items/1',
        '/s/properties/a',
        '/s/properties/b~1c',
        '/s/dependencies/c',
      ].sort(),
    );
  });

  it('keeps pointers valid when a list is written as an object or a map as an array', () => {
    const schema: Record<string, unknown> = {
      allOf: { 1: { type: 'string' } },
      oneOf: { x: {} },
      properties: [{ type: 'integer' }],
      not: [],
    };
    const seen: string[] = [];
    forEachSubschema(schema, '', (_child, pointer) => seen.push(pointer));
    expect(schema).toEqual({ allOf: [true, { type: 'string' }], properties: { 0: { type: 'integer' } } });
    expect(seen).toEqual(['/allOf/0', '/allOf/1', '/properties/0']);
  });
});
