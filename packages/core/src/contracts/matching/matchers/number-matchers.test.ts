import { describe, expect, it } from 'vitest';
import { checkDecimal, checkInteger, checkNumber } from './number-matchers.js';

const json = { direct: true, stringly: false };
const text = { direct: true, stringly: true };

describe('number matchers', () => {
  it('integer', () => {
    expect(checkInteger({ match: 'integer' }, 1, -7, json)).toBeUndefined();
    expect(checkInteger({ match: 'integer' }, 1, 1.5, json)).toMatch(/integer/);
    expect(checkInteger({ match: 'integer' }, 1, '12', json)).toMatch(/integer/);
    expect(checkInteger({ match: 'integer' }, '1', '12', text)).toBeUndefined();
    expect(checkInteger({ match: 'integer' }, '1', '1.2', text)).toMatch(/integer/);
  });

  it('decimal accepts numbers (10.0 arrives as 10 after JSON.parse)', () => {
    expect(checkDecimal({ match: 'decimal' }, 1.5, 2.25, json)).toBeUndefined();
    expect(checkDecimal({ match: 'decimal' }, 1.5, 10, json)).toBeUndefined();
    expect(checkDecimal({ match: 'decimal' }, 1.5, '2.5', json)).toMatch(/decimal/);
    expect(checkDecimal({ match: 'decimal' }, '1.5', '2.5', text)).toBeUndefined();
  });

  it('number', () => {
    expect(checkNumber({ match: 'number' }, 1, 1e10, json)).toBeUndefined();
    expect(checkNumber({ match: 'number' }, 1, null, json)).toMatch(/number/);
    expect(checkNumber({ match: 'number' }, '1', '-3.5e2', text)).toBeUndefined();
    expect(checkNumber({ match: 'number' }, '1', 'abc', text)).toMatch(/number/);
  });
});
