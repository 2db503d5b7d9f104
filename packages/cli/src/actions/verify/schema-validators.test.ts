import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { SchemaValidators } from './schema-validators.js';

const spec = (pattern: string) =>
  loadSpec(
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { Name: { type: 'string', pattern } } },
    }),
  );

describe('SchemaValidators', () => {
  it('checks patterns in linear time', async () => {
    const validators = new SchemaValidators(await spec('^(a+)+$'));
    expect(validators.validate('/components/schemas/Name', 'a'.repeat(10_000) + '!')).toMatchObject({
      valid: false,
    });
    expect(validators.validate('/components/schemas/Name', 'aaa')).toEqual({ valid: true });
  });

  it('calls a value that reaches a pattern which cannot run safely unvalidatable, naming the pattern', async () => {
    const validators = new SchemaValidators(await spec('^(?=a)(a+)+$'));
    expect(validators.validate('/components/schemas/Name', 'aaa')).toEqual({
      valid: 'unvalidatable',
      reason: expect.stringContaining("regular expression '^(?=a)(a+)+$' is not supported"),
    });
  });
});
