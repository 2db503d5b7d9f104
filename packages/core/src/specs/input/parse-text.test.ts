import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../load-options.js';
import { SpecError } from '../spec-error.js';
import { parseText } from './parse-text.js';

const limits = resolveLimits();

function parseError(text: string, source = ''): SpecError {
  try {
    parseText(text, limits, source);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return error as SpecError;
  }
  throw new Error('expected a SpecError');
}

describe('parseText', () => {
  it('parses JSON and YAML, including merge keys and repeated keys (the last wins)', () => {
    expect(parseText('{"openapi":"3.0.0","paths":{}}', limits, '')).toEqual({ openapi: '3.0.0', paths: {} });
    const yaml = 'base: &base { type: string }\nname:\n  <<: *base\n  minLength: 1\nx: 1\nx: 2\n';
    expect(parseText(yaml, limits, '')).toEqual({
      base: { type: 'string' },
      name: { type: 'string', minLength: 1 },
      x: 2,
    });
  });

  it('keeps YAML 1.2 scalars: dates and yes/no stay strings', () => {
    expect(parseText('a: 2024-01-01\nb: yes\nc: 200', limits, '')).toEqual({
      a: '2024-01-01',
      b: 'yes',
      c: 200,
    });
  });

  it('locates syntax errors at line:column, prefixed with the file for referenced files', () => {
    expect(parseError('a: [1\n', '')).toMatchObject({ code: 'spec.parse', location: '2:1' });
    expect(parseError('a:\n  - b\n c: d\n', 'schemas/pet.yaml').location).toMatch(
      /^schemas\/pet\.yaml:\d+:\d+$/,
    );
    expect(parseError('a: 1\n---\nb: 2\n').code).toBe('spec.parse');
  });

  it('stops alias expansion at maxAliases', () => {
    const text = 'a: &a [1]\nb: [*a, *a, *a, *a]\n';
    expect(parseText(text, limits, '')).toEqual({ a: [1], b: [[1], [1], [1], [1]] });
    expect(() => parseText(text, { ...limits, maxAliases: 3 }, '')).toThrow(
      expect.objectContaining({ code: 'spec.yaml-aliases' }) as Error,
    );
  });

  it('applies the size limit to UTF-8 bytes, not characters', () => {
    const text = `a: "${'é'.repeat(600)}"`;
    expect(() => parseText(text, { ...limits, maxBytes: 1000 }, 'x.yaml')).toThrow(
      expect.objectContaining({ code: 'spec.too-large', location: 'x.yaml' }) as Error,
    );
    expect(parseText(text, { ...limits, maxBytes: 2000 }, '')).toEqual({ a: 'é'.repeat(600) });
  });
});
