import { describe, expect, it } from 'vitest';
import { recordQuery } from './query-recording.js';
import { VOLATILE_PATTERNS } from './volatile-values.js';

describe('recordQuery', () => {
  it('decodes values in order, repeats included, and gives volatile ones rules', () => {
    const recorded = recordQuery('?tag=a&limit=10&tag=b+c&since=2024-05-01T10%3A00%3A00Z');
    expect(recorded.query).toEqual({ tag: ['a', 'b c'], limit: ['10'], since: ['2024-05-01T10:00:00Z'] });
    expect(recorded.rules).toEqual({
      limit: [{ match: 'regex', regex: VOLATILE_PATTERNS.integer }],
      since: [{ match: 'regex', regex: VOLATILE_PATTERNS.datetime }],
    });
    expect(recorded.names).toEqual(['tag', 'limit', 'since']);
  });

  it('keys volatile values by kind and ordinary values by value, whatever the order', () => {
    expect(recordQuery('page=1&status=sold').key).toBe(recordQuery('status=sold&page=2').key);
    expect(recordQuery('status=sold').key).not.toBe(recordQuery('status=available').key);
    expect(recordQuery('').key).toBe('');
  });

  it('never keeps credential values', () => {
    const recorded = recordQuery('api_key=abc123secret&access_token=t0ken&q=x');
    expect(recorded.query).toEqual({ api_key: ['REDACTED'], access_token: ['REDACTED'], q: ['x'] });
    expect(recorded.rules.api_key).toEqual([{ match: 'type' }]);
    expect(recorded.key).not.toContain('abc123');
  });
});
