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
  it('folds the errors of a failed anyOf into the anyOf error', () => {
    const errors = [
      error('type', '/a', 'must be string'),
      error('type', '/pet/x'),
      error('required', '/pet'),
      error('anyOf', '/pet'),
    ];
    expect(reduceErrors(errors).map((e) => [e.keyword, e.path.join('.')])).toEqual([
      ['type', 'a'],
      ['anyOf', 'pet'],
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
