import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../specs/model.js';
import { readQuery } from './query-values.js';

const param = (name: string, style = 'form', explode = true): Parameter => ({
  name,
  in: 'query',
  required: false,
  style,
  explode,
  allowReserved: false,
  location: '',
});

describe('readQuery', () => {
  it('reads exploded and non-exploded form arrays, accepting both spellings', () => {
    const repeated = { id: ['1', '2', 'abc'] };
    const joined = { id: ['1,2,abc'] };
    expect(readQuery(repeated, param('id'), 'array', [])?.candidates).toEqual([['1', '2', 'abc']]);
    expect(readQuery(repeated, param('id', 'form', false), 'array', [])?.candidates).toEqual([
      ['1', '2', 'abc'],
    ]);
    expect(readQuery(joined, param('id', 'form', false), 'array', [])?.candidates).toEqual([
      ['1', '2', 'abc'],
    ]);
  });

  it('reads space- and pipe-delimited arrays', () => {
    expect(readQuery({ q: ['a b'] }, param('q', 'spaceDelimited', false), 'array', [])?.candidates).toEqual([
      ['a', 'b'],
    ]);
    expect(readQuery({ q: ['a|b'] }, param('q', 'pipeDelimited', false), 'array', [])?.candidates).toEqual([
      ['a', 'b'],
    ]);
  });

  it('gives each occurrence of a primitive as a candidate', () => {
    expect(readQuery({ s: ['x', 'y'] }, param('s'), 'primitive', [])).toEqual({
      candidates: ['x', 'y'],
      keys: ['s'],
    });
    expect(readQuery({}, param('s'), 'primitive', [])).toBeUndefined();
  });

  it('reads deepObject keys into nested objects, ignoring text after the last bracket', () => {
    const query = {
      'p[id]': ['1'],
      'p[address][city]': ['Melbourne'],
      'p[address][street]junk': [''],
      other: ['x'],
    };
    const value = readQuery(query, param('p', 'deepObject'), 'object', []);
    expect(JSON.parse(JSON.stringify(value?.candidates[0]))).toEqual({
      id: '1',
      address: { city: 'Melbourne', street: '' },
    });
    expect(value?.keys).toEqual(['p[id]', 'p[address][city]', 'p[address][street]junk']);
  });

  it('builds an exploded form object from the keys no other parameter claims', () => {
    const value = readQuery({ role: ['admin'], name: ['Alex'] }, param('filter'), 'object', ['role', 'name']);
    expect({ ...(value?.candidates[0] as object) }).toEqual({ role: 'admin', name: 'Alex' });
    expect(
      readQuery({ color: ['R,100,G,200'] }, param('color', 'form', false), 'object', [])?.candidates,
    ).toEqual([Object.assign(Object.create(null) as object, { R: '100', G: '200' })]);
  });
});
