import { describe, expect, it } from 'vitest';
import { acceptAdmits, isJson, parseMediaType, selectContentKey } from './media-type.js';

describe('media types', () => {
  it('parses types, ranges and parameters', () => {
    expect(parseMediaType('Application/JSON; charset="utf-8"')).toEqual({
      type: 'application',
      subtype: 'json',
      params: { charset: 'utf-8' },
    });
    expect(parseMediaType('unknown')).toBeUndefined();
    expect(isJson(parseMediaType('application/vnd.github+json'))).toBe(true);
    expect(isJson(parseMediaType('text/plain'))).toBe(false);
  });

  it('selects the spec key for a content type: same parameters, then any parameters, then a range', () => {
    const keys = ['application/json;version=1.0.0', 'application/json;version=2.0.0', 'text/*'];
    expect(selectContentKey(keys, 'application/json;version=2.0.0')).toBe('application/json;version=2.0.0');
    expect(selectContentKey(keys, 'application/json')).toBe('application/json;version=1.0.0');
    expect(selectContentKey(keys, 'text/csv')).toBe('text/*');
    expect(selectContentKey(keys, 'application/xml')).toBeUndefined();
    expect(selectContentKey(['application/json'], 'application/json; charset=utf-8')).toBe(
      'application/json',
    );
    expect(selectContentKey(['*/*'], 'image/png')).toBe('*/*');
  });

  it('negotiates Accept with ranges and q values', () => {
    const produced = ['application/json', 'image/png'];
    expect(acceptAdmits('application/json', produced)).toBe(true);
    expect(acceptAdmits('text/html, image/*;q=0.8', produced)).toBe(true);
    expect(acceptAdmits('*/*', produced)).toBe(true);
    expect(acceptAdmits('application/xml', produced)).toBe(false);
    expect(acceptAdmits('application/json;q=0', produced)).toBe(false);
    expect(acceptAdmits('text/html', ['text/*'])).toBe(true);
  });
});
