import { describe, expect, it } from 'vitest';
import { scanJsonStructure } from './json-structure.js';

describe('scanJsonStructure', () => {
  it('counts the objects and arrays JSON.parse will build, not brackets inside strings', () => {
    expect(scanJsonStructure('{"a":[1,{"b":"[[{"}],"c":{}}')).toEqual({ depth: 3, containers: 4 });
    expect(scanJsonStructure('"\\"{["')).toEqual({ depth: 0, containers: 0 });
  });

  it('records where strings starting with $ open, when asked', () => {
    const text = '{"$ref": "#/a", "b": "$x", "c": "\\"$d"}';
    const dollars: number[] = [];
    scanJsonStructure(text, Infinity, dollars);
    expect(dollars.map((at) => text.slice(at, at + 3))).toEqual(['"$r', '"$x']);
  });
});
