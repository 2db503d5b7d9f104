import { describe, expect, it } from 'vitest';
import { contentSha } from './document-store.js';
import { TextCache } from './text-cache.js';

const entry = (text: string) => [contentSha(text), text] as const;

describe('TextCache', () => {
  it('answers a text read before, and counts hits and misses', () => {
    const cache = new TextCache(100);
    const [sha, text] = entry('{"openapi":"3.0.3"}');
    expect(cache.get(sha)).toBeUndefined();
    cache.set(sha, text);
    expect(cache.get(sha)).toBe(text);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it('never answers a changed spec with the old text: its sha is another key', () => {
    const cache = new TextCache(100);
    const [oldSha, oldText] = entry('{"openapi":"3.0.3","info":{"version":"1"}}');
    cache.set(oldSha, oldText);
    const [newSha] = entry('{"openapi":"3.0.3","info":{"version":"2"}}');
    expect(cache.get(newSha)).toBeUndefined();
  });

  it('evicts the least recently used texts past its size, and keeps none longer than it', () => {
    const cache = new TextCache(10);
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa');
    cache.set('c', 'cccc');
    expect(cache.shas()).toEqual(['a', 'c']);
    expect(cache.get('b')).toBeUndefined();
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.shas()).toEqual(['a', 'c']);
  });
});
