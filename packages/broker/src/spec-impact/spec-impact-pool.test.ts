import { parseContract } from '@signet/core';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcessEngine } from '../core-engine.js';
import { contentSha } from '../documents/document-store.js';
import { createPoolEngine } from '../engine-pool/pool-engine.js';
import { productPact, productSpec } from './testing-products.js';

// Workers run the built broker (`npx tsc -b` first), as the broker process does.
const workerUrl = new URL('../../dist/engine-pool/engine-worker.js', import.meta.url);
const stored = (document: object) => {
  const text = JSON.stringify(document);
  return { sha: contentSha(text), text };
};
const maxBytes = 10 * 1024 * 1024;

describe('spec impact and usage in the engine pool', () => {
  const engine = createPoolEngine({ workers: 1, taskTimeoutMs: 120_000 }, { workerUrl, execArgv: [] });
  afterAll(() => engine.close());
  const consumers = [
    {
      consumer: 'shopping-cart',
      version: 'c2',
      contract: parseContract(JSON.stringify(productPact('shopping-cart'))),
    },
  ];

  it('runs in a worker and answers what the in-process engine answers', async () => {
    const input = { base: stored(productSpec()), head: stored(productSpec('inStock')), consumers, maxBytes };
    const pooled = await engine.specImpact(input);
    expect(pooled.broken).toBe(true);
    expect(pooled).toEqual(await inProcessEngine().specImpact(input));
    const usage = await engine.usage(stored(productSpec()), consumers);
    expect(usage).toEqual(await inProcessEngine().usage(stored(productSpec()), consumers));
    expect(engine.stats()).toMatchObject({ workersStarted: 1 });
  });
});
