import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { reduceErrors } from './schema-errors.js';

const error = (
  keyword: string,
  instancePath: string,
  message = keyword,
  params: Record<string, unknown> = {},
): ErrorObject => ({
  keyword,
  instancePath,
  schemaPath: `#/${keyword}`,
  params,
  message,
});

describe('reduceErrors', () => {
  it('keeps the errors of the closest anyOf branch before the anyOf error, and drops the others', () => {
    const at = (keyword: string, instancePath: string, schemaPath: string): ErrorObject => ({
      ...error(keyword, instancePath),
      schemaPath,
    });
    const errors = [
      at('type', '/a', '#/properties/a/type'),
      at('type', '/pet', '#/properties/pet/anyOf/0/type'),
      at('type', '/pet/name', '#/properties/pet/anyOf/1/properties/name/type'),
      at('required', '/pet', '#/properties/pet/anyOf/2/required'),
      at('type', '/pet/x', '#/properties/pet/anyOf/2/properties/x/type'),
      at('anyOf', '/pet', '#/properties/pet/anyOf'),
    ];
    expect(reduceErrors(errors).map((e) => [e.keyword, e.path.join('.')])).toEqual([
      ['type', 'a'],
      ['type', 'pet.name'],
      ['anyOf', 'pet'],
    ]);
  });

  it("takes a $ref'd branch's errors, whose schema paths are the target's own, as one branch", () => {
    const at = (keyword: string, instancePath: string, schemaPath: string): ErrorObject => ({
      ...error(keyword, instancePath),
      schemaPath,
    });
    const errors = [
      at('type', '/name', '#/properties/name/type'),
      at('type', '', '#/oneOf/1/type'),
      at('oneOf', '', '#/oneOf'),
    ];
    expect(reduceErrors(errors).map((e) => [e.keyword, e.path.join('.')])).toEqual([
      ['type', 'name'],
      ['oneOf', ''],
    ]);
  });

  it('reduces nested composites inside the chosen branch', () => {
    const at = (keyword: string, instancePath: string, schemaPath: string): ErrorObject => ({
      ...error(keyword, instancePath),
      schemaPath,
    });
    const errors = [
      at('type', '/a', '#/anyOf/0/properties/a/anyOf/0/type'),
      at('type', '/a/b', '#/anyOf/0/properties/a/anyOf/1/properties/b/type'),
      at('anyOf', '/a', '#/anyOf/0/properties/a/anyOf'),
      at('type', '', '#/anyOf/1/type'),
      at('anyOf', '', '#/anyOf'),
    ];
    expect(reduceErrors(errors).map((e) => [e.keyword, e.path.join('.')])).toEqual([
      ['type', 'a.b'],
      ['anyOf', 'a'],
      ['anyOf', ''],
    ]);
  });

  it('drops "must match then schema" and names additional properties', () => {
    const errors = [
      error('required', ''),
      error('if', ''),
      error('additionalProperties', '/o', 'must NOT have additional properties', { additionalProperty: 'z' }),
    ];
    expect(reduceErrors(errors).map((e) => e.message)).toEqual([
      'required',
      'must NOT have additional properties - z',
    ]);
  });

  it('unescapes instance paths', () => {
    expect(reduceErrors([error('type', '/a~1b/0')])[0]?.path).toEqual(['a/b', '0']);
    expect(reduceErrors(null)).toEqual([]);
  });
});
