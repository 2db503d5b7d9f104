import { describe, expect, it } from 'vitest';
import { findValueProblem } from './storable-text.js';

describe('findValueProblem', () => {
  it('names the first unstorable string or key by its path', () => {
    expect(findValueProblem({ a: ['ok', 'b\u0000d'] })).toEqual({
      reason: 'unstorable-text',
      at: ['a', '1'],
    });
    expect(findValueProblem({ a: { 'k\ud800': 1 } })).toEqual({
      reason: 'unstorable-text',
      at: ['a', 'k\ud800'],
    });
    expect(findValueProblem('\udc00')).toEqual({ reason: 'unstorable-text', at: [] });
    expect(findValueProblem({ emoji: '\ud83d\ude00', n: 1, none: null, list: [true] })).toBeUndefined();
  });

  it('refuses __proto__ keys only when asked', () => {
    const body = JSON.parse('{"x": [{"__proto__": {"admin": true}}]}') as unknown;
    expect(findValueProblem(body)).toBeUndefined();
    expect(findValueProblem(body, { refuseForbiddenKeys: true })).toEqual({
      reason: 'forbidden-key',
      at: ['x', '0', '__proto__'],
    });
  });

  it('walks any depth without recursion, and calls no getters', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findValueProblem(deep)?.at).toHaveLength(100_000);
    let called = false;
    const lazy = Object.defineProperty({}, 'document', {
      enumerable: true,
      get: () => ((called = true), '\u0000'),
    });
    expect(findValueProblem(lazy)).toBeUndefined();
    expect(called).toBe(false);
  });
});
