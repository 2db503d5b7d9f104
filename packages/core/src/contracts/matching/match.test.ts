import { describe, expect, it } from 'vitest';
import { matchMessage, matchRequest, matchResponse } from './match.js';

describe('matchRequest', () => {
  const request = {
    method: 'POST',
    path: '/items',
    query: 'a=1',
    headers: { 'Content-Type': 'application/json' },
    body: { id: 1, name: 'x' },
  };

  it('matches equal requests and reports every kind of difference', () => {
    expect(matchRequest(request, { ...request, method: 'post' }, { pactVersion: '2' })).toEqual({
      matched: true,
      mismatches: [],
    });
    const result = matchRequest(
      request,
      {
        method: 'PUT',
        path: '/other',
        query: 'a=2',
        headers: { 'Content-Type': 'application/json' },
        body: { id: 1, name: 'x', extra: 1 },
      },
      { pactVersion: '2' },
    );
    expect(result.matched).toBe(false);
    expect(result.mismatches.map((m) => m.kind).sort()).toEqual(['body', 'method', 'path', 'query']);
  });

  it('ignores matching rules in v1 and v1.1 but applies them from v2', () => {
    const expected = { ...request, matchingRules: { '$.body.name': { match: 'type' } } };
    const actual = { ...request, body: { id: 1, name: 'other' } };
    expect(matchRequest(expected, actual, { pactVersion: '1.1' }).matched).toBe(false);
    expect(matchRequest(expected, actual, { pactVersion: '2' }).matched).toBe(true);
  });

  it('reads v3 map queries and by-category rules', () => {
    const expected = {
      method: 'GET',
      path: '/u/1',
      query: { page: ['1'] },
      matchingRules: {
        path: { matchers: [{ match: 'regex', regex: '/u/\\d+' }] },
        query: { page: { matchers: [{ match: 'integer' }] } },
      },
    };
    expect(
      matchRequest(expected, { method: 'GET', path: '/u/77', query: { page: ['3'] } }, { pactVersion: '3' })
        .matched,
    ).toBe(true);
    expect(
      matchRequest(expected, { method: 'GET', path: '/u/x', query: { page: ['3'] } }, { pactVersion: '3' })
        .mismatches[0]?.kind,
    ).toBe('path');
  });

  it('reads v4 body objects', () => {
    const body = {
      content: Buffer.from('{"a":1}').toString('base64'),
      contentType: 'application/json',
      encoded: 'base64',
    };
    expect(
      matchRequest(
        { method: 'POST', path: '/', body },
        { method: 'POST', path: '/', body: { content: { a: 1 }, contentType: 'application/json' } },
        { pactVersion: '4' },
      ).matched,
    ).toBe(true);
  });
});

describe('matchResponse', () => {
  it('checks status (or a statusCode rule), headers and body', () => {
    expect(
      matchResponse(
        { status: 200, body: { a: 1 } },
        { status: 200, body: { a: 1, b: 2 } },
        { pactVersion: '3' },
      ).matched,
    ).toBe(true);
    expect(matchResponse({ status: 200 }, { status: 201 }, { pactVersion: '3' }).mismatches[0]).toMatchObject(
      { kind: 'status', expected: 200, actual: 201 },
    );
    const rules = { status: { matchers: [{ match: 'statusCode', status: 'success' }] } };
    expect(
      matchResponse({ status: 200, matchingRules: rules }, { status: 204 }, { pactVersion: '4' }).matched,
    ).toBe(true);
  });

  it('returns a mismatch for a catastrophic regex instead of hanging', () => {
    const expected = {
      status: 200,
      body: { name: 'aaa' },
      matchingRules: { body: { '$.name': { matchers: [{ match: 'regex', regex: '^(a+)+$' }] } } },
    };
    const started = Date.now();
    const result = matchResponse(
      expected,
      { status: 200, body: { name: 'a'.repeat(50_000) + '!' } },
      { pactVersion: '3' },
    );
    expect(result.matched).toBe(false);
    expect(result.mismatches[0]?.path).toBe('$.name');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an over-long pattern as a mismatch that says so', () => {
    const expected = {
      status: 200,
      body: { a: 'x' },
      matchingRules: { body: { '$.a': { matchers: [{ match: 'regex', regex: 'x'.repeat(5000) }] } } },
    };
    expect(
      matchResponse(expected, { status: 200, body: { a: 'x' } }, { pactVersion: '3' }).mismatches[0]?.message,
    ).toMatch(/limit is 4096/);
  });
});

describe('matchMessage', () => {
  it('compares v3 contents and metadata', () => {
    const expected = {
      contents: { id: 1 },
      metaData: { contentType: 'application/json', topic: 'orders' },
      matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
    };
    expect(
      matchMessage(
        expected,
        { contents: { id: 9, more: true }, metaData: { contentType: 'application/json', topic: 'orders' } },
        { pactVersion: '3' },
      ).matched,
    ).toBe(true);
    const result = matchMessage(
      expected,
      { contents: { id: 'x' }, metaData: { topic: 'users' } },
      { pactVersion: '3' },
    );
    expect(result.mismatches.map((m) => m.kind).sort()).toEqual(['body', 'metadata']);
  });

  it('compares v4 contents with content-category rules', () => {
    const expected = {
      contents: { content: { at: '2024-01-01' }, contentType: 'application/json' },
      matchingRules: { content: { '$.at': { matchers: [{ match: 'date' }] } } },
    };
    expect(
      matchMessage(
        expected,
        { contents: { content: { at: '2030-12-31' }, contentType: 'application/json' } },
        { pactVersion: '4' },
      ).matched,
    ).toBe(true);
    expect(
      matchMessage(
        expected,
        { contents: { content: { at: 'soon' }, contentType: 'application/json' } },
        { pactVersion: '4' },
      ).matched,
    ).toBe(false);
  });
});
