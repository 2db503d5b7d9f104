import type { ProviderSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { SpecCache } from './spec-cache.js';

const spec = (title: string) => ({ info: { title } }) as ProviderSpec;

describe('SpecCache', () => {
  it('keeps the most recently used specs, up to the entry limit', () => {
    const cache = new SpecCache({ maxEntries: 2, maxTextBytes: 1000 });
    cache.set('a', spec('a'), 10);
    cache.set('b', spec('b'), 10);
    expect(cache.get('a')?.info.title).toBe('a');
    cache.set('c', spec('c'), 10);
    expect(cache.shas()).toEqual(['a', 'c']);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.loads).toBe(3);
  });

  it('evicts by text size too, but always keeps the newest', () => {
    const cache = new SpecCache({ maxEntries: 10, maxTextBytes: 100 });
    cache.set('a', spec('a'), 60);
    cache.set('b', spec('b'), 60);
    expect(cache.shas()).toEqual(['b']);
    cache.set('huge', spec('huge'), 500);
    expect(cache.shas()).toEqual(['huge']);
  });
});
