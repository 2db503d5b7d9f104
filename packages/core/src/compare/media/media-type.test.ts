import { describe, expect, it } from 'vitest';
import { isJson, jsonFamily, parseMediaType, selectContentKey, selectJsonFamilyKey } from './media-type.js';

const media = (text: string) => parseMediaType(text) as NonNullable<ReturnType<typeof parseMediaType>>;

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

  it('selects the spec key for a content type: same parameters, then agreeing parameters, then a range', () => {
    const keys = ['application/json;version=1.0.0', 'application/json;version=2.0.0', 'text/*'];
    expect(selectContentKey(keys, 'application/json;version=2.0.0')).toBe('application/json;version=2.0.0');
    expect(selectContentKey(keys, 'application/json')).toBe('application/json;version=1.0.0');
    expect(selectContentKey(keys, 'application/json;version=3.0.0')).toBeUndefined();
    expect(selectContentKey(keys, 'text/csv')).toBe('text/*');
    expect(selectContentKey(keys, 'application/xml')).toBeUndefined();
    expect(selectContentKey(['application/json'], 'application/json; charset=utf-8')).toBe(
      'application/json',
    );
    expect(selectContentKey(['*/*'], 'image/png')).toBe('*/*');
  });

  it('joins a structured +json type to plain JSON, never text or a contradicting parameter', () => {
    expect(jsonFamily(media('application/vnd.github+json'), media('application/json'))).toBe(true);
    expect(jsonFamily(media('application/json'), media('application/problem+json'))).toBe(true);
    expect(jsonFamily(media('application/json'), media('text/json'))).toBe(false);
    expect(jsonFamily(media('application/x+json;version=1'), media('application/json;version=2'))).toBe(
      false,
    );
    expect(selectJsonFamilyKey(['text/plain', 'application/json'], 'application/vnd.github+json')).toBe(
      'application/json',
    );
    expect(selectJsonFamilyKey(['text/plain'], 'application/vnd.github+json')).toBeUndefined();
  });
});
