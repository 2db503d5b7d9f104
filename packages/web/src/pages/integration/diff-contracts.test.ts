import { describe, expect, it } from 'vitest';
import { diffContracts } from './diff-contracts.js';
import { readInteractionDetails } from './read-interaction-details.js';

const pact = (interactions: object[]) => readInteractionDetails(JSON.stringify({ interactions }));
const get = (description: string, path: string, body: object, state = 'item exists') => ({
  description,
  providerStates: [{ name: state, params: { id: 1 } }],
  request: { method: 'GET', path },
  response: { status: 200, body },
});

describe('diffContracts', () => {
  it('pairs interactions by description and states, and lists what changed field by field', () => {
    const base = pact([get('get an item', '/items/1', { id: 1, name: 'a' }), get('old call', '/old', {})]);
    const head = pact([
      get('get an item', '/items/2', { id: 1, name: 'b', extra: true }),
      get('new call', '/new', {}),
    ]);
    const diff = diffContracts(base, head);
    expect(diff.map((c) => [c.kind, c.description])).toEqual([
      ['removed', 'old call'],
      ['changed', 'get an item'],
      ['added', 'new call'],
    ]);
    expect(diff[1]!.changes).toEqual([
      { path: 'request.path', before: '/items/1', after: '/items/2' },
      { path: 'response.body.value.name', before: 'a', after: 'b' },
      { path: 'response.body.value.extra', before: undefined, after: true },
    ]);
  });

  it('says unchanged for the same interactions, and a changed state makes another interaction', () => {
    const base = pact([get('get an item', '/items/1', { id: 1 })]);
    expect(diffContracts(base, base).map((c) => c.kind)).toEqual(['unchanged']);
    const head = pact([get('get an item', '/items/1', { id: 1 }, 'no items')]);
    expect(diffContracts(base, head).map((c) => [c.kind, c.states])).toEqual([
      ['removed', 'item exists'],
      ['added', 'no items'],
    ]);
  });

  it('reports a list whose length changed as one change, and stops at 50 changes', () => {
    const base = pact([get('list', '/l', { items: [1, 2] })]);
    const head = pact([get('list', '/l', { items: [1, 2, 3] })]);
    expect(diffContracts(base, head)[0]!.changes).toEqual([
      { path: 'response.body.value.items', before: [1, 2], after: [1, 2, 3] },
    ]);
    const wide = (n: number) => Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, n]));
    expect(
      diffContracts(pact([get('w', '/w', wide(1))]), pact([get('w', '/w', wide(2))]))[0]!.changes,
    ).toHaveLength(50);
  });
});
