import { describe, expect, it } from 'vitest';
import { checkDateTime } from './date-time-matcher.js';
import { javaDatePattern } from './java-date-pattern.js';

const ctx = { direct: true, stringly: false };

describe('Java date patterns', () => {
  it('converts letters, quotes and optional sections', () => {
    const iso = javaDatePattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX") as RegExp;
    expect(iso.test('2024-02-29T13:45:00Z')).toBe(true);
    expect(iso.test('2024-02-29T13:45:00.123+02:00')).toBe(true);
    expect(iso.test('2024-13-29T13:45:00Z')).toBe(false);
    expect((javaDatePattern('EEE, dd MMM yyyy') as RegExp).test('Tue, 05 Mar 2024')).toBe(true);
    expect((javaDatePattern('h:mm a') as RegExp).test('9:05 PM')).toBe(true);
    expect(javaDatePattern('yyyy-MM-dd ppp')).toMatch(/unsupported letter 'p'/);
    expect(javaDatePattern("yyyy 'oops")).toMatch(/unterminated quote/);
  });
});

describe('date/time matchers', () => {
  it('use the v4 format or the v3 per-matcher pattern', () => {
    expect(checkDateTime({ match: 'date', format: 'dd/MM/yyyy' }, '', '29/02/2024', ctx)).toBeUndefined();
    expect(checkDateTime({ match: 'date', date: 'yyyy-MM-dd' }, '', '2024-02-29', ctx)).toBeUndefined();
    expect(checkDateTime({ match: 'time', time: 'HH:mm' }, '', '25:00', ctx)).toMatch(/format 'HH:mm'/);
    expect(
      checkDateTime({ match: 'timestamp', timestamp: 'yyyy-MM-dd HH:mm:ss' }, '', '2024-01-01 00:00:00', ctx),
    ).toBeUndefined();
  });

  it('default to ISO 8601 and reject impossible days', () => {
    expect(checkDateTime({ match: 'datetime' }, '', '2024-05-01T10:00:00.5+01:00', ctx)).toBeUndefined();
    expect(checkDateTime({ match: 'date' }, '', '2023-02-29', ctx)).toMatch(/real calendar/);
    expect(checkDateTime({ match: 'date' }, '', 20240101, ctx)).toMatch(/ISO 8601/);
    expect(checkDateTime({ match: 'date', format: 'yyyy-MM-dd ppp' }, '', 'x', ctx)).toMatch(/Cannot apply/);
  });
});
