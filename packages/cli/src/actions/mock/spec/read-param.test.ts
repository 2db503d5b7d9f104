import type { Parameter } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { parseQuery, type MockRequest } from '../http/mock-exchange.js';
import { readParam } from './read-param.js';

function param(overrides: Partial<Parameter>): Parameter {
  return {
    name: 'p',
    in: 'query',
    required: false,
    style: 'form',
    explode: true,
    allowReserved: false,
    location: '',
    ...overrides,
  };
}
const arrayOf = { pointer: '/a', schema: { type: 'array', items: { type: 'integer' } } };
const objectOf = {
  pointer: '/o',
  schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } },
};

function request(query: string, headers: Record<string, string[]> = {}): MockRequest {
  return {
    method: 'GET',
    path: '/',
    rawQuery: query,
    query: parseQuery(query),
    headers,
    body: Buffer.alloc(0),
  };
}

describe('readParam: undoing parameter serialisation', () => {
  it('query arrays: form exploded (repeats), form (commas), space and pipe delimited', () => {
    expect(readParam({}, param({ schema: arrayOf }), request('p=1&p=2'), {})).toEqual({
      present: true,
      value: ['1', '2'],
    });
    expect(readParam({}, param({ schema: arrayOf, explode: false }), request('p=1,2'), {})).toEqual({
      present: true,
      value: ['1', '2'],
    });
    const space = param({ schema: arrayOf, style: 'spaceDelimited', explode: false });
    expect(readParam({}, space, request('p=1%202'), {})).toEqual({ present: true, value: ['1', '2'] });
    const pipe = param({ schema: arrayOf, style: 'pipeDelimited', explode: false });
    expect(readParam({}, pipe, request('p=1|2'), {})).toEqual({ present: true, value: ['1', '2'] });
  });

  it('query objects: deepObject, form exploded by property, form as name,value pairs', () => {
    const deep = param({ schema: objectOf, style: 'deepObject' });
    expect(readParam({}, deep, request('p[a]=x&p[b]=y'), {})).toEqual({
      present: true,
      value: { a: 'x', b: 'y' },
    });
    expect(readParam({}, param({ schema: objectOf }), request('a=x&c=z'), {})).toEqual({
      present: true,
      value: { a: 'x' },
    });
    const flat = param({ schema: objectOf, explode: false });
    expect(readParam({}, flat, request('p=a,x,b,y'), {})).toEqual({
      present: true,
      value: { a: 'x', b: 'y' },
    });
    expect(readParam({}, deep, request('q=1'), {})).toEqual({ present: false });
  });

  it('path label and matrix prefixes, header arrays, cookies and JSON content', () => {
    const label = param({ in: 'path', style: 'label', explode: false, schema: arrayOf });
    expect(readParam({}, label, request(''), { p: '.1.2' })).toEqual({ present: true, value: ['1', '2'] });
    const matrix = param({
      in: 'path',
      style: 'matrix',
      explode: false,
      schema: { pointer: '/s', schema: { type: 'string' } },
    });
    expect(readParam({}, matrix, request(''), { p: ';p=x' })).toEqual({ present: true, value: 'x' });
    const header = param({ in: 'header', name: 'X-Ids', style: 'simple', explode: false, schema: arrayOf });
    expect(readParam({}, header, request('', { 'x-ids': ['1,2'] }), {})).toEqual({
      present: true,
      value: ['1', '2'],
    });
    const cookie = param({ in: 'cookie', name: 'sid', style: 'form' });
    expect(readParam({}, cookie, request('', { cookie: ['a=1; sid=abc'] }), {})).toEqual({
      present: true,
      value: 'abc',
    });
    const content = param({ contentType: 'application/json' });
    expect(readParam({}, content, request('p=%7B%22a%22%3A1%7D'), {})).toEqual({
      present: true,
      value: { a: 1 },
    });
  });
});
