import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavyContract, heavySpec } from '@signet/broker/testing';
import { startAttackBroker, type AttackBroker } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import type { RawResponse } from './harness/raw-http.js';

// Regular expressions and CPU-heavy comparisons from users' documents, against a real broker process on both
// backends: a catastrophic pattern is checked in linear time, and while a comparison works for minutes the
// broker keeps answering other requests (the work runs in the engine's worker threads, under a time limit).

/** A spec whose POST /items body has a `name` matching `pattern`. */
const patternSpec = (pattern: string) =>
  JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'inventory', version: '1' },
    paths: {
      '/items': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', properties: { name: { type: 'string', pattern } } },
              },
            },
          },
          responses: { '201': { description: 'created' } },
        },
      },
    },
  });

const postingName = (name: string) =>
  JSON.stringify({
    consumer: { name: 'cart' },
    provider: { name: 'inventory' },
    interactions: [
      {
        description: 'create an item',
        request: {
          method: 'POST',
          path: '/items',
          headers: { 'Content-Type': 'application/json' },
          body: { name },
        },
        response: { status: 201 },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });

interface Published {
  comparisons: Array<{
    contractSha: string;
    specSha: string;
    status: string;
    summary: { errors: unknown[] };
  }>;
}

// The engine time limit of the broker in "a comparison that takes minutes". Inside it the test needs only the
// broker's log line and three GETs answered: at a load of 23 on two cores they took 0.4-0.5 s, so 8 s leaves
// sixteen times that (docs/benchmarks.md, "Test suite time"); 20 s only kept an engine thread busy 12 s longer per
// backend. A limit too short for a slower machine fails the test (the publication answers first), never passes it.
const ENGINE_TIMEOUT_SECONDS = 8;

/** Whether a line of the broker's JSON log says a comparison task started in an engine worker. */
function compareStarted(line: string): boolean {
  try {
    const entry = JSON.parse(line) as { msg?: string; engineTask?: string };
    return entry.msg === 'engine task started in a worker' && entry.engineTask === 'compare';
  } catch {
    return false; // Not a log entry.
  }
}

/**
 * Stops the broker in every outcome: gracefully when the test saw it answering, otherwise with SIGKILL first
 * (an event loop stuck in a comparison would never handle SIGTERM, and closing would wait for ever).
 */
async function stop(broker: AttackBroker | undefined, answering: boolean): Promise<void> {
  if (broker === undefined) return;
  if (!answering) await broker.process.kill('SIGKILL');
  await broker.close();
}

describeOnBackends('regular expressions and heavy comparisons', (backend) => {
  describe('a catastrophic spec pattern', () => {
    let broker: AttackBroker;
    let answering = false;
    beforeAll(async () => {
      broker = await startAttackBroker(backend);
    });
    afterAll(() => stop(broker, answering));

    it('is checked in linear time: ^(a+)+$ against 50 a and a ! is stored incompatible, naming the pattern', async () => {
      // A backtracking engine needs ~2^50 steps here: the broker would never answer.
      const spec = await broker.api('write', 'POST', '/services/inventory/specs', {
        content: patternSpec('^(a+)+$'),
      });
      expect(spec.status).toBe(201);
      const contract = await broker.api('write', 'POST', '/contracts', {
        content: postingName('a'.repeat(50) + '!'),
        consumerVersion: 'c1',
      });
      expect(contract.status).toBe(201);
      const [comparison] = (contract.json as Published).comparisons;
      expect(comparison?.status).toBe('incompatible');
      const stored = await broker.api(
        'read',
        'GET',
        `/comparisons/${comparison?.contractSha}/${comparison?.specSha}`,
      );
      expect(stored.json).toMatchObject({
        status: 'incompatible',
        findings: [
          {
            code: 'request.body.incompatible',
            type: 'error',
            message: expect.stringContaining('must match pattern "^(a+)+$"'),
          },
        ],
      });
      answering = true;
    });
  });

  describe('a comparison that takes minutes', () => {
    let broker: AttackBroker;
    let answering = false;
    /** Called when the broker logs that a comparison started in its engine pool. */
    let onCompareStarted = () => {};
    beforeAll(async () => {
      broker = await startAttackBroker(backend, {
        env: {
          SIGNET_ENGINE_WORKERS: '1',
          SIGNET_ENGINE_TIMEOUT: String(ENGINE_TIMEOUT_SECONDS),
          LOG_LEVEL: 'debug',
        },
        onLogLine: (line) => {
          if (compareStarted(line)) onCompareStarted();
        },
      });
    });
    afterAll(() => stop(broker, answering));

    it(
      'does not hold up other requests, and is stopped at the time limit and stored failed',
      async () => {
        // The consumer's contract first: no spec yet, so nothing to compare and it is stored at once.
        const contract = await broker.api('write', 'POST', '/contracts', {
          content: heavyContract('cart', 'inventory'),
          consumerVersion: 'c1',
        });
        expect(contract.status).toBe(201);
        expect((contract.json as Published).comparisons).toEqual([]);
        // The comparison the spec's publication starts is a quarter of an hour of work or more
        // (heavy-comparison.ts). A publication stores its spec with its comparisons in one transaction, so
        // nothing shows in the API until it ends: the broker's log says when the comparison has begun.
        const started = new Promise<void>((resolve) => (onCompareStarted = resolve));
        let slowAnswered = false;
        const slow = broker
          .api('write', 'POST', '/services/inventory/specs', { content: heavySpec('inventory') })
          .finally(() => (slowAnswered = true));
        await Promise.race([
          started,
          slow.then(() => {
            throw new Error('the publication answered before the broker logged its comparison starting');
          }),
        ]);
        const specs = async (): Promise<number> => {
          const answer: RawResponse = await broker.api('read', 'GET', '/services/inventory/specs');
          expect(answer.status).toBe(200);
          return (answer.json as { items: unknown[] }).items.length;
        };
        // An event loop busy comparing could answer none of these before the publication's own answer; and
        // the spec is not listed before its comparisons are stored with it.
        for (let i = 0; i < 3; i++) {
          expect(await specs()).toBe(0);
          expect(slowAnswered).toBe(false);
        }
        const published = await slow;
        expect(published.status).toBe(201);
        const [comparison] = (published.json as Published).comparisons;
        expect(comparison).toMatchObject({
          status: 'failed',
          summary: {
            errors: [
              {
                code: 'comparison.failed',
                message: expect.stringContaining(
                  `longer than the ${ENGINE_TIMEOUT_SECONDS} s limit and was stopped`,
                ),
              },
            ],
          },
        });
        // The pool replaced the stopped worker: the next comparison runs.
        const next = await broker.api('write', 'POST', '/services/inventory/specs', {
          content: patternSpec('^a'),
        });
        expect(next.status).toBe(201);
        expect((next.json as Published).comparisons.map((c) => c.status)).toEqual(['incompatible']);
        answering = true;
      },
      ENGINE_TIMEOUT_SECONDS * 1000 + 90_000,
    );
  });
});
