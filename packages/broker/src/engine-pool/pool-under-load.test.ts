import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../deps.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { createPoolEngine, type PoolEngine } from './pool-engine.js';

// GitHub's own REST spec (@octokit/openapi, about 13 MB), published to a broker whose provider has 50 consumers:
// the publication loads it and runs 50 comparisons. Workers run the built broker (`npx tsc -b` first).
const githubSpec = readFileSync(
  createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'),
  'utf8',
);
const workerUrl = new URL('../../dist/engine-pool/engine-worker.js', import.meta.url);
const CONSUMERS = 50;

const zenContract = (consumer: string) =>
  JSON.stringify({
    consumer: { name: consumer },
    provider: { name: 'github' },
    interactions: [
      {
        description: `${consumer} reads the zen of GitHub`,
        request: { method: 'GET', path: '/zen' },
        response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'Keep it simple.' },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });

describe('the engine pool under a 13 MB spec and 50 contracts', () => {
  let engine: PoolEngine;
  let broker: TestBroker;
  let url = '';
  /**
   * Called as the broker hands the engine a comparison; the broker gets its answer once the returned promise
   * settles (the test holds the first one until its own requests are answered, so no timing decides it).
   */
  let onCompare = (): Promise<void> => Promise.resolve();
  beforeAll(async () => {
    engine = createPoolEngine({ workers: 2, taskTimeoutMs: 120_000 }, { workerUrl, execArgv: [] });
    broker = await startTestBroker({
      engine: {
        ...engine,
        compare: async (specs, contract) => {
          const result = engine.compare(specs, contract);
          await onCompare();
          return result;
        },
      },
      limits: { ...defaultLimits, maxDocumentBytes: 20 * 1024 * 1024 },
    });
    // Real HTTP: the requests below go through the socket and the event loop the comparisons must not hold.
    url = `${await broker.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
    for (let i = 0; i < CONSUMERS; i++) {
      const published = await broker.api({
        method: 'POST',
        url: '/contracts',
        payload: { content: zenContract(`consumer_${i}`), consumerVersion: '1' },
      });
      expect(published.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await engine?.close();
  });

  it('answers a cheap GET while the publication compares, and loads the spec once for all 50', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const comparing = new Promise<void>((resolve) => {
      onCompare = () => {
        onCompare = () => Promise.resolve();
        resolve();
        return held;
      };
    });
    let publicationAnswered = false;
    const publication = fetch(`${url}/services/github/specs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: githubSpec }),
    }).finally(() => (publicationAnswered = true));
    const specsListed = async (): Promise<number> => {
      const answer = await fetch(`${url}/services/github/specs`);
      expect(answer.status).toBe(200);
      return ((await answer.json()) as { items: unknown[] }).items.length;
    };
    // The spec is loaded and checked, then compared 50 times before anything is stored (one transaction): while
    // its first comparison runs in a worker, cheap requests are answered, and list no spec.
    await comparing;
    try {
      for (let i = 0; i < 4; i++) {
        expect(await specsListed()).toBe(0);
        expect(publicationAnswered).toBe(false);
      }
    } finally {
      release();
    }
    const answer = await publication;
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as { comparisons: Array<{ status: string }> };
    expect(body.comparisons).toHaveLength(CONSUMERS);
    expect(new Set(body.comparisons.map((c) => c.status))).toEqual(new Set(['compatible']));
    // Checked at publication, then compared 50 times: one load, in the worker that holds it, and its 13 MB text
    // never copied again for a comparison.
    expect(engine.stats()).toMatchObject({ specLoads: 1, specTextsSent: 0, timeouts: 0, crashes: 0 });
  }, 300_000);
});
