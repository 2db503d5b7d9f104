import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { pointerToFragment } from './json-pointer.js';
import { findUndeclaredFields } from './undeclared-fields.js';

function undeclared(schemas: Record<string, unknown>, body: unknown): string[] {
  const root = { components: { schemas } };
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(root, 'root');
  const validates = (pointer: string, value: unknown): boolean =>
    ajv.validate({ $ref: `root#${pointerToFragment(pointer)}` }, value);
  return findUndeclaredFields(root, '/components/schemas/Body', body, validates).map((f) =>
    [...f.path, f.name].join('.'),
  );
}

describe('findUndeclaredFields', () => {
  it('reports fields no schema declares, even where additionalProperties is left open or true', () => {
    const Body = {
      type: 'object',
      properties: { a: { type: 'object', properties: { x: {} }, additionalProperties: true } },
    };
    expect(undeclared({ Body }, { a: { x: 1, y: 2 }, b: 1 })).toEqual(['a.y', 'b']);
  });

  it('unites the properties of allOf branches, also when they sit behind $refs and nest', () => {
    const schemas = {
      Body: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          { properties: { data: { $ref: '#/components/schemas/Data' } } },
        ],
      },
      Base: {
        type: 'object',
        properties: { data: { type: 'object', properties: { locale: { type: 'string' } } }, error: {} },
      },
      Data: { type: 'object', properties: { result: { type: 'string' } } },
    };
    expect(undeclared(schemas, { data: { result: 'r', locale: 'en' }, error: null })).toEqual([]);
    expect(undeclared(schemas, { data: { other: 1 }, extra: 1 })).toEqual(['data.other', 'extra']);
  });

  it('takes declarations only from the anyOf/oneOf branches the value matches', () => {
    const Body = {
      type: 'object',
      properties: {
        pet: {
          anyOf: [
            { properties: { kind: { const: 'cat' }, meows: {} } },
            { properties: { kind: { const: 'dog' }, barks: {} } },
          ],
        },
      },
    };
    expect(undeclared({ Body }, { pet: { kind: 'cat', meows: true } })).toEqual([]);
    expect(undeclared({ Body }, { pet: { kind: 'cat', barks: true } })).toEqual(['pet.barks']);
  });

  it('leaves free-form objects and maps alone', () => {
    const Body = {
      type: 'object',
      properties: {
        meta: { type: 'object' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
    };
    expect(undeclared({ Body }, { meta: { anything: 1 }, labels: { a: 'b' } })).toEqual([]);
  });

  it('checks array items and patternProperties', () => {
    const Body = {
      type: 'array',
      items: { type: 'object', patternProperties: { '^x-': {} }, properties: { id: {} } },
    };
    expect(
      undeclared({ Body }, [
        { id: 1, 'x-a': 1 },
        { id: 2, y: 1 },
      ]),
    ).toEqual(['1.y']);
  });

  it('follows circular schemas as deep as the body goes', () => {
    const schemas = {
      Body: { type: 'object', properties: { name: {}, child: { $ref: '#/components/schemas/Body' } } },
    };
    expect(undeclared(schemas, { name: 'a', child: { name: 'b', child: { name: 'c', oops: 1 } } })).toEqual([
      'child.child.oops',
    ]);
  });

  it('applies then or else as if decides', () => {
    const Body = {
      type: 'object',
      properties: { kind: {} },
      if: { properties: { kind: { const: 'card' } } },
      then: { properties: { number: {} } },
      else: { properties: { email: {} } },
    };
    expect(undeclared({ Body }, { kind: 'card', number: '1' })).toEqual([]);
    expect(undeclared({ Body }, { kind: 'paypal', number: '1' })).toEqual(['number']);
  });
});

describe('findUndeclaredFields and writeOnly', () => {
  it('reports a writeOnly property as never sent, directly or through a $ref', () => {
    const schemas = {
      Body: {
        type: 'object',
        properties: {
          name: {},
          password: { type: 'string', writeOnly: true },
          pin: { $ref: '#/components/schemas/Pin' },
        },
      },
      Pin: { type: 'string', writeOnly: true },
    };
    expect(undeclared(schemas, { name: 'a' })).toEqual([]);
    expect(undeclared(schemas, { name: 'a', password: 'x', pin: '1' })).toEqual(['password', 'pin']);
  });
});
