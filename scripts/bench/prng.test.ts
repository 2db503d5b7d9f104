import { describe, expect, it } from 'vitest';
import { Prng } from './prng.js';

describe('Prng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('stays within the requested bounds', () => {
    const rng = new Prng(7);
    for (let i = 0; i < 1000; i++) expect(rng.int(3, 5)).toBeGreaterThanOrEqual(3);
    expect(new Set(Array.from({ length: 200 }, () => rng.int(3, 5)))).toEqual(new Set([3, 4, 5]));
  });
});
