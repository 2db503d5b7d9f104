import { describe, expect, it } from 'vitest';
import { negotiate } from './negotiate.js';

const picked = (accept: string, keys: string[]) => {
  const result = negotiate(accept, keys);
  return typeof result === 'object' ? result.key : result;
};

describe('negotiate (RFC 9110 proactive negotiation)', () => {
  it('admits through ranges and refuses with q=0', () => {
    const produced = ['application/json', 'image/png'];
    expect(picked('application/json', produced)).toBe('application/json');
    expect(picked('text/html, image/*;q=0.8', produced)).toBe('image/png');
    expect(picked('*/*', produced)).toBe('application/json');
    expect(picked('application/xml', produced)).toBeUndefined();
    expect(picked('application/json;q=0', produced)).toBeUndefined();
    expect(picked('text/html', ['text/*'])).toBe('text/*');
    expect(picked('', produced)).toBe('unreadable');
  });

  it('selects by parameters such as a version', () => {
    const versions = ['application/json;version=1.0.0', 'application/json;version=2.0.0'];
    expect(picked('application/json;version=2.0.0', versions)).toBe('application/json;version=2.0.0');
    expect(picked('application/json; version="1.0.0"', versions)).toBe('application/json;version=1.0.0');
    expect(picked('application/json;version=3.0.0', versions)).toBeUndefined();
  });

  it('weighs by q, then by the order of the header', () => {
    const keys = ['application/xml', 'application/json'];
    expect(picked('application/xml;q=0.5, application/json', keys)).toBe('application/json');
    expect(picked('application/json, application/xml', keys)).toBe('application/json');
    expect(picked('application/xml, application/json', keys)).toBe('application/xml');
  });

  it('lets the most specific range decide a type, even to refuse it', () => {
    const keys = ['text/html', 'text/plain'];
    expect(picked('text/*, text/html;q=0', keys)).toBe('text/plain');
    expect(picked('*/*;q=0.1, text/plain;q=0.9, text/*;q=0.2', keys)).toBe('text/plain');
  });

  it('falls back to the JSON family only when nothing matches, and says so', () => {
    expect(negotiate('application/vnd.github+json', ['application/json'])).toEqual({
      key: 'application/json',
      suffixOnly: true,
    });
    expect(negotiate('application/vnd.github+json, application/json', ['application/json'])).toEqual({
      key: 'application/json',
      suffixOnly: false,
    });
    expect(negotiate('application/vnd.github+json', ['text/plain'])).toBeUndefined();
    // A type the header refuses stays refused.
    expect(
      negotiate('application/vnd.github+json, application/json;q=0', ['application/json']),
    ).toBeUndefined();
  });
});
