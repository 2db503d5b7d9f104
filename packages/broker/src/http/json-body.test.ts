import { describe, expect, it } from 'vitest';
import { maxBodyDepth, parseJsonBody } from './json-body.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const failure = (text: string) => {
  try {
    parseJsonBody(text);
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
  throw new Error('expected a refusal');
};

describe('parseJsonBody', () => {
  it('parses JSON nested up to the limit, and refuses deeper bodies before parsing them', () => {
    expect(parseJsonBody(nested(maxBodyDepth))).toBeInstanceOf(Array);
    expect(failure(nested(maxBodyDepth + 1))).toMatchObject({
      code: 'request.malformed-json',
      status: 400,
      message: `the JSON body nests deeper than ${maxBodyDepth} levels`,
    });
    expect(failure(nested(100_000)).status).toBe(400);
  });

  it('counts brackets inside strings as text', () => {
    expect(parseJsonBody(JSON.stringify({ a: '['.repeat(10_000) }))).toEqual({ a: '['.repeat(10_000) });
  });

  it('refuses empty and broken bodies with 400, unless empty has a meaning', () => {
    expect(failure('').message).toBe('the body is empty but the content type says JSON');
    expect(failure('{"a":').message).toMatch(/^the body is not valid JSON: /);
    expect(parseJsonBody('', {})).toEqual({});
  });
});
