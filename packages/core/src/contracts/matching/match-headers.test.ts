import { describe, expect, it } from 'vitest';
import { matchHeaders } from './match-headers.js';
import { matchMetadata } from './match-metadata.js';
import { matchQuery, matchRawQuery } from './match-query.js';

const regex = (pattern: string) => ({
  combine: 'AND' as const,
  matchers: [{ match: 'regex', regex: pattern }],
});

describe('matchHeaders', () => {
  it('matches names case-insensitively, values in order, extra headers allowed', () => {
    expect(matchHeaders({ Accept: ['a', 'b'] }, { ACCEPT: ['a', 'b'], 'X-Extra': ['1'] }, undefined)).toEqual(
      [],
    );
    expect(matchHeaders({ Accept: ['a', 'b'] }, { Accept: ['b', 'a'] }, undefined)[0]).toMatchObject({
      kind: 'header',
      path: 'Accept',
    });
    expect(matchHeaders({ Type: ['alligators'] }, { Type: ['Alligators'] }, undefined)).toHaveLength(1);
    expect(matchHeaders({ 'X-Id': ['1'] }, {}, undefined)[0]?.message).toMatch(/missing/);
  });

  it('compares content types by media type and parameters', () => {
    expect(
      matchHeaders(
        { 'Content-Type': ['application/json'] },
        { 'content-type': ['application/json; charset=UTF-8'] },
        undefined,
      ),
    ).toEqual([]);
    expect(
      matchHeaders(
        { 'Content-Type': ['application/json;charset=utf-8'] },
        { 'Content-Type': ['Application/JSON; charset=UTF-8'] },
        undefined,
      ),
    ).toEqual([]);
    expect(
      matchHeaders(
        { 'Content-Type': ['application/json; charset=UTF-16'] },
        { 'Content-Type': ['application/json; charset=UTF-8'] },
        undefined,
      ),
    ).toHaveLength(1);
  });

  it('uses the rule for the lower-cased header name', () => {
    expect(matchHeaders({ 'X-Id': ['1'] }, { 'x-id': ['42'] }, { 'x-id': regex('\\d+') })).toEqual([]);
    expect(matchHeaders({ 'X-Id': ['1'] }, { 'x-id': ['4a'] }, { 'x-id': regex('\\d+') })).toHaveLength(1);
  });
});

describe('matchQuery', () => {
  it('needs every parameter, values in order, nothing unexpected', () => {
    expect(matchQuery({ a: ['1', '2'], b: ['x'] }, { b: ['x'], a: ['1', '2'] }, undefined)).toEqual([]);
    expect(matchQuery({ a: ['1', '2'] }, { a: ['2', '1'] }, undefined)).toHaveLength(1);
    expect(matchQuery({ a: ['1'] }, {}, undefined)[0]?.message).toMatch(/missing/);
    expect(matchQuery({}, { z: ['1'] }, undefined)[0]).toMatchObject({
      kind: 'query',
      path: 'z',
      message: "Unexpected query parameter 'z'",
    });
  });

  it('applies a rule to each value and min/max to their count', () => {
    const rules = {
      id: { combine: 'AND' as const, matchers: [{ match: 'integer' }, { match: 'type', min: 2 }] },
    };
    expect(matchQuery({ id: ['1', '2'] }, { id: ['7', '8', '9'] }, rules)).toEqual([]);
    expect(matchQuery({ id: ['1', '2'] }, { id: ['7'] }, rules)[0]?.message).toMatch(/at least 2/);
    expect(matchQuery({ id: ['1', '2'] }, { id: ['7', 'x'] }, rules)[0]?.message).toMatch(/integer/);
  });

  it('v1 compares whole decoded query strings', () => {
    expect(matchRawQuery('a=1&b=2', 'a=1&b=2')).toEqual([]);
    expect(matchRawQuery('o=x=y', 'o=x%3Dy')).toEqual([]);
    expect(matchRawQuery('a=1&b=2', 'b=2&a=1')).toHaveLength(1);
    expect(matchRawQuery('a=1', 'a=1&')).toHaveLength(1);
  });
});

describe('matchMetadata', () => {
  it('needs expected keys, allows extra ones, compares content types by media type', () => {
    expect(
      matchMetadata(
        { topic: 'orders', contentType: 'application/json' },
        { topic: 'orders', contentType: 'application/json; charset=utf-8', x: 1 },
        undefined,
      ),
    ).toEqual([]);
    expect(matchMetadata({ topic: 'orders' }, { topic: 'users' }, undefined)[0]).toMatchObject({
      kind: 'metadata',
      path: 'topic',
    });
    expect(matchMetadata({ partition: 1 }, { partition: '1' }, undefined)).toEqual([]);
    expect(matchMetadata({ key: 'a' }, {}, undefined)[0]?.message).toMatch(/missing/);
    expect(matchMetadata({ key: 'a' }, { key: 'abc' }, { key: regex('[a-z]+') })).toEqual([]);
  });
});
