import { describe, expect, it } from 'vitest';
import { scanJsonStructure } from '../../shared/json-structure.js';
import { mayNeedTreeWalk } from './json-key-scan.js';

function needsWalk(text: string, fileRefsMatter = false): boolean {
  const dollarStrings: number[] = [];
  const { containers } = scanJsonStructure(text, Infinity, dollarStrings);
  return mayNeedTreeWalk({ text, containers, dollarStrings }, fileRefsMatter);
}

describe('mayNeedTreeWalk', () => {
  it('is false for fragment refs and other $ strings', () => {
    expect(needsWalk('{"a": {"$ref" : "#/b"}, "b": "$x", "c": "$ids"}', true)).toBe(false);
    // Conservative: a string value "$id" is not a key, but the text alone does not tell.
    expect(needsWalk('{"b": "$id"}')).toBe(true);
  });

  it('is true for identifier keys, however they are written', () => {
    expect(needsWalk('{"$id": "x"}')).toBe(true);
    expect(needsWalk('{"s": {"$anchor": "x"}}')).toBe(true);
    expect(needsWalk('{"\\u0024id": "x"}')).toBe(true);
    expect(needsWalk('{"$\\u0069d": "x"}')).toBe(true);
  });

  it('is true for refs that are not fragments only when file refs matter', () => {
    const text = '{"$ref": "./pet.json#/Pet"}';
    expect(needsWalk(text, false)).toBe(false);
    expect(needsWalk(text, true)).toBe(true);
    expect(needsWalk('{"$ref": "\\u0023/a"}', true)).toBe(true);
  });
});
