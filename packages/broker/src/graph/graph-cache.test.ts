import { describe, expect, it } from 'vitest';
import { GRAPH_CACHE_LENSES, graphCache } from './graph-cache.js';
import type { ServiceGraph } from './service-graph.js';

const graphOf = (name: string): ServiceGraph => ({
  lens: { kind: 'main', environment: null },
  services: [{ name, lastPublishedAt: null, lastVerifiedAt: null }],
  integrations: [],
  featureBranches: [],
});

describe('graphCache', () => {
  it('reads once while the snapshot stays the same, and again once it changes', async () => {
    let snapshot = '10:10:';
    let reads = 0;
    const cached = graphCache(() => Promise.resolve(snapshot));
    const read = () => Promise.resolve(graphOf(`read ${++reads}`));
    expect((await cached('main', read)).services[0]!.name).toBe('read 1');
    expect((await cached('main', read)).services[0]!.name).toBe('read 1');
    snapshot = '11:11:';
    expect((await cached('main', read)).services[0]!.name).toBe('read 2');
    expect(reads).toBe(2);
  });

  it('keeps each lens apart', async () => {
    const cached = graphCache(() => Promise.resolve('10:10:'));
    await cached('main', () => Promise.resolve(graphOf('main')));
    expect(
      (await cached('environment:1', () => Promise.resolve(graphOf('production')))).services[0]!.name,
    ).toBe('production');
    expect((await cached('main', () => Promise.resolve(graphOf('again')))).services[0]!.name).toBe('main');
  });

  it('does not keep a graph when a transaction committed while it was read', async () => {
    let snapshot = '10:12:11';
    let reads = 0;
    const cached = graphCache(() => Promise.resolve(snapshot));
    const read = () => {
      reads++;
      snapshot = '10:12:'; // transaction 11 commits during the read
      return Promise.resolve(graphOf(`read ${reads}`));
    };
    await cached('main', read);
    await cached('main', () => Promise.resolve(graphOf(`read ${++reads}`)));
    expect(reads).toBe(2);
  });

  it(`keeps at most ${GRAPH_CACHE_LENSES} lenses, dropping the oldest`, async () => {
    let reads = 0;
    const cached = graphCache(() => Promise.resolve('10:10:'));
    const read = () => Promise.resolve(graphOf(`read ${++reads}`));
    for (let i = 0; i <= GRAPH_CACHE_LENSES; i++) await cached(`environment:${i}`, read);
    await cached(`environment:${GRAPH_CACHE_LENSES}`, read);
    expect(reads).toBe(GRAPH_CACHE_LENSES + 1);
    await cached('environment:0', read);
    expect(reads).toBe(GRAPH_CACHE_LENSES + 2);
  });
});
