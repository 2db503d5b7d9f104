import type { Parameter } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { headerText, pathSegment, queryPairs } from './serialise-params.js';

const param = (p: Partial<Parameter>): Parameter => ({
  name: 'id',
  in: 'query',
  required: false,
  style: 'form',
  explode: true,
  allowReserved: false,
  location: '',
  ...p,
});

describe('parameter serialisation (OpenAPI style/explode)', () => {
  it('serialises path parameters as simple, label and matrix', () => {
    expect(pathSegment(param({ in: 'path', style: 'simple', explode: false }), [3, 4])).toBe('3,4');
    expect(pathSegment(param({ in: 'path', style: 'simple', explode: true }), { a: 1, b: 'x y' })).toBe(
      'a=1,b=x%20y',
    );
    expect(pathSegment(param({ in: 'path', style: 'label', explode: false }), [3, 4])).toBe('.3,4');
    expect(pathSegment(param({ in: 'path', style: 'label', explode: true }), [3, 4])).toBe('.3.4');
    expect(pathSegment(param({ in: 'path', style: 'matrix', explode: false }), [3, 4])).toBe(';id=3,4');
    expect(pathSegment(param({ in: 'path', style: 'matrix', explode: true }), [3, 4])).toBe(';id=3;id=4');
    expect(pathSegment(param({ in: 'path', style: 'simple', explode: false }), 'a/b')).toBe('a%2Fb');
  });

  it('serialises query parameters as form, delimited and deepObject', () => {
    expect(queryPairs(param({}), [1, 2])).toEqual(['id=1', 'id=2']);
    expect(queryPairs(param({ explode: false }), [1, 2])).toEqual(['id=1,2']);
    expect(queryPairs(param({ style: 'spaceDelimited', explode: false }), [1, 2])).toEqual(['id=1%202']);
    expect(queryPairs(param({ style: 'pipeDelimited', explode: false }), [1, 2])).toEqual(['id=1%7C2']);
    expect(queryPairs(param({ style: 'deepObject' }), { a: 1 })).toEqual(['id%5Ba%5D=1']);
    expect(queryPairs(param({}), { a: 1, b: 2 })).toEqual(['a=1', 'b=2']);
    expect(queryPairs(param({ explode: false }), { a: 1, b: 2 })).toEqual(['id=a,1,b,2']);
    expect(queryPairs(param({}), 'x&y=z')).toEqual(['id=x%26y%3Dz']);
    expect(queryPairs(param({ contentType: 'application/json' }), { a: 1 })).toEqual([
      'id=%7B%22a%22%3A1%7D',
    ]);
  });

  it('serialises headers as simple', () => {
    expect(headerText(param({ in: 'header', style: 'simple', explode: false }), [1, 2])).toBe('1,2');
    expect(headerText(param({ in: 'header', style: 'simple', explode: true }), { a: 1 })).toBe('a=1');
  });
});
