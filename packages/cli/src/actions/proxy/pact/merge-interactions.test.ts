import { describe, expect, it } from 'vitest';
import { mergeInteractions } from './merge-interactions.js';

describe('mergeInteractions', () => {
  it('replaces by description and provider state names in place, appends the rest', () => {
    const existing = [
      { description: 'get a pet', providerStates: [{ name: 'a pet', params: { id: 1 } }], v: 1 },
      { description: 'get a pet', v: 2 },
      { description: 'list pets', providerState: 'pets exist', v: 3 },
    ];
    const recorded = [
      { description: 'list pets', providerStates: [{ name: 'pets exist' }], v: 4 },
      { description: 'get a pet', providerStates: [{ name: 'a pet' }], v: 5 },
      { description: 'get a pet', providerStates: [{ name: 'another pet' }], v: 6 },
    ];
    const merged = mergeInteractions(existing, recorded);
    expect(merged.interactions.map((i) => (i as { v: number }).v)).toEqual([5, 2, 4, 6]);
    expect(merged).toMatchObject({ replaced: 2, added: 1 });
  });

  it('keeps interactions it cannot read as they are', () => {
    const merged = mergeInteractions(['odd', null], [{ description: 'new' }]);
    expect(merged.interactions).toEqual(['odd', null, { description: 'new' }]);
  });
});
