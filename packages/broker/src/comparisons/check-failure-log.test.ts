import { Writable } from 'node:stream';
import type { Finding } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { defaultLimits, type BrokerDeps } from '../deps.js';
import type { Engine } from '../engine.js';
import { createStore } from '../store/index.js';
import { openApiSpec, pactContract } from '../testing/documents.js';
import { openPGliteTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { testEngine } from '../testing/test-engine.js';

// The engine's checks contain their own failures as `internal.check-failed` findings (core's property test
// injects them); here an engine that reports one stands in, to see what the broker does with it.
const checkFailed: Finding = {
  code: 'internal.check-failed',
  type: 'error',
  message: 'The query check failed unexpectedly (boom), so this interaction cannot be judged compatible',
  mockDetails: { interactionDescription: 'get item', interactionState: '[none]', location: 'request' },
};
const brokenEngine: Engine = {
  ...testEngine,
  compare: async (spec, contract) => {
    const result = await testEngine.compare(spec, contract);
    return { compatible: false, findings: [...result.findings, checkFailed] };
  },
};

describe('a comparison whose check failed inside the engine', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await openPGliteTestDatabase();
    const deps: BrokerDeps = {
      store: createStore(database.db),
      engine: brokenEngine,
      limits: defaultLimits,
      auth: { mode: 'open' },
    };
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp(deps, { logger: { level: 'error', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('is stored incompatible and logged with the id of the request that ran it', async () => {
    const spec = await app.inject({
      method: 'POST',
      url: '/api/v1/services/inventory/specs',
      payload: { content: openApiSpec('inventory', [['get', '/items/{id}']]), version: 'p1' },
    });
    expect(spec.statusCode).toBe(201);
    expect(lines).toEqual([]);
    const published = await app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      payload: {
        content: pactContract('cart', 'inventory', [['get', '/items/{id}']]),
        consumerVersion: 'c1',
      },
    });
    expect(published.statusCode).toBe(201);
    const requestId = published.headers['x-request-id'];
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        reqId: requestId,
        msg: 'comparison checks failed unexpectedly; the pair is stored incompatible',
        failures: [{ message: checkFailed.message, at: 'request' }],
      }),
    ]);
    expect(published.json().comparisons).toEqual([
      expect.objectContaining({
        status: 'incompatible',
        summary: expect.objectContaining({ compatible: false }),
      }),
    ]);
  });
});
