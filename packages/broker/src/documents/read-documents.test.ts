import { afterEach, describe, expect, it } from 'vitest';
import { EngineCrashError, EngineTimeoutError } from '../engine-pool/index.js';
import { openApiSpec } from '../testing/documents.js';
import { testEngine } from '../testing/test-engine.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

const brokers: TestBroker[] = [];
afterEach(async () => {
  await Promise.all(brokers.splice(0).map((broker) => broker.close()));
});

/** A broker whose engine fails every spec check with `error`, as the worker pool does. */
async function brokerFailingWith(error: Error): Promise<TestBroker> {
  const broker = await startTestBroker({ engine: { ...testEngine, checkSpec: () => Promise.reject(error) } });
  brokers.push(broker);
  return broker;
}

const publish = (broker: TestBroker) =>
  broker.api({
    method: 'POST',
    url: '/services/inventory/specs',
    payload: { content: openApiSpec('inventory', [['get', '/items/{id}']]) },
  });

describe('a spec the engine could not load in time, or whose worker died', () => {
  it('answers 422 problem+json and stores nothing', async () => {
    for (const [error, code] of [
      [new EngineTimeoutError(120_000), 'spec.load-timeout'],
      [new EngineCrashError('it exited with code 134'), 'spec.load-failed'],
    ] as const) {
      const broker = await brokerFailingWith(error);
      const answer = await publish(broker);
      expect(answer.statusCode).toBe(422);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.json()).toMatchObject({
        status: 422,
        code,
        detail: expect.stringContaining(error.message),
      });
      expect((await broker.api({ method: 'GET', url: '/services' })).json()).toMatchObject({ items: [] });
    }
  });
});
