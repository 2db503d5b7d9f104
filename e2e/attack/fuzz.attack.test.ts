import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSpec, type Operation, type ProviderSpec } from '../../packages/core/src/index.js';
import { requestArbitrary } from '../../packages/cli/src/actions/verify/request-arbitrary.js';
import { paramKey } from '../../packages/cli/src/actions/verify/request-model.js';
import { startAttackBroker, type AttackBroker } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import { anyString, deepJson, pathSegment, unstorableStrings, type Json } from './harness/hostile-values.js';
import { poisoned, type Attempt, type FuzzRoute } from './harness/fuzz-attempt.js';
import { pactWriteRoutes } from './harness/pact-write-routes.js';
import type { RawResponse } from './harness/raw-http.js';
import { changedParts, settledStoredData, storedData } from './harness/stored-data.js';

// Requests generated from the broker's own description (/api/v1/openapi.json) for every write route, and from
// typical bodies for the Pact API's publish, verification and webhook routes: valid ones, ones with a hostile
// string in any field, key or path parameter, and junk. The broker never answers 5xx, never crashes, and what
// it refuses leaves stored data byte-identical.

const writeMethods = new Set(['post', 'put', 'patch', 'delete']);
// Budgeted by count: about 2,500 requests in all, a few seconds on an idle machine.
const runsPerRoute = { any: 60, refused: 40 };

function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => pathSegment(values[name] ?? 'x'));
}

/** Routes of the Signet API, with bodies from their schemas. */
function signetRoutes(spec: ProviderSpec): FuzzRoute[] {
  return spec.operations
    .filter((operation) => writeMethods.has(operation.method.toLowerCase()))
    .map((operation) => {
      const valid = validValues(spec, operation);
      const pathNames = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const method = operation.method.toUpperCase();
      const pathValues = (strings: fc.Arbitrary<string>) =>
        fc
          .tuple(...pathNames.map(() => strings))
          .map((list) => Object.fromEntries(pathNames.map((n, i) => [n, list[i]!])));
      const attempt = (
        params: Record<string, string>,
        body: string | undefined,
        contentType = 'application/json',
      ) => ({
        method,
        target: fill(operation.path, params),
        ...(body === undefined ? {} : { body, contentType }),
      });
      const anyAttempt = fc.oneof(
        valid.map(({ params, body }) =>
          attempt(params, body === undefined ? undefined : JSON.stringify(body)),
        ),
        fc
          .tuple(valid, anyString)
          .chain(([{ params, body }, hostile]) =>
            poisoned(body, hostile).map((mutated) => attempt(params, mutated)),
          ),
        fc
          .tuple(pathValues(anyString), valid)
          .map(([params, { body }]) =>
            attempt(params, body === undefined ? undefined : JSON.stringify(body)),
          ),
        fc.tuple(valid, fc.jsonValue()).map(([{ params }, junk]) => attempt(params, JSON.stringify(junk))),
        fc
          .tuple(
            valid,
            fc.string({ maxLength: 60 }),
            fc.constantFrom(
              'application/json',
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/merge-patch+json',
            ),
          )
          .map(([{ params }, text, type]) => attempt(params, text, type)),
      );
      const refusedAttempt = fc.oneof(
        fc
          .tuple(valid, unstorableStrings)
          .chain(([{ params, body }, bad]) =>
            poisoned(body ?? {}, bad).map((mutated) => attempt(params, mutated)),
          ),
        fc.tuple(valid).map(([{ params }]) => attempt(params, deepJson(10_000))),
        fc
          .tuple(valid, fc.constantFrom('{', '{"a":', 'nul', '[1,]', '\u0000'))
          .map(([{ params }, text]) => attempt(params, text)),
        ...(pathNames.length === 0
          ? []
          : [
              fc
                .tuple(pathValues(unstorableStrings), valid)
                .map(([params, { body }]) => attempt(params, JSON.stringify(body ?? {}))),
            ]),
      );
      return { label: `${method} ${operation.path}`, anyAttempt, refusedAttempt };
    });
}

/** Valid path values and body for `operation`, as `signet test` generates them (a fixed name when it cannot). */
function validValues(
  spec: ProviderSpec,
  operation: Operation,
): fc.Arbitrary<{ params: Record<string, string>; body?: Json }> {
  try {
    return requestArbitrary(spec, operation).map((values) => ({
      params: Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, pathText(values.params[paramKey(p)])]),
      ),
      ...(values.body === undefined ? {} : { body: values.body.value as Json }),
    }));
  } catch {
    return fc.constant({ params: {}, body: {} });
  }
}

function pathText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : 'x';
}

function isClientError(answer: RawResponse): boolean {
  return answer.status >= 400 && answer.status < 500;
}

/** A 4xx must say why: problem+json, or the Pact API's `{ errors }` for its validation failures. */
function explained(answer: RawResponse): boolean {
  const type = answer.headers['content-type'] ?? '';
  if (type.startsWith('application/problem+json'))
    return typeof (answer.json as { code?: unknown })?.code === 'string';
  return (
    type.startsWith('application/json') && typeof (answer.json as { errors?: unknown })?.errors === 'object'
  );
}

describeOnBackends('API fuzzing from the broker’s own description', (backend) => {
  let broker: AttackBroker;
  let routes: FuzzRoute[];
  beforeAll(async () => {
    // The fuzzed webhooks point anywhere: each delivery is tried once, briefly, so the worker's bookkeeping
    // settles instead of retrying under the next test's "stores nothing" snapshot.
    broker = await startAttackBroker(backend, {
      env: { SIGNET_WEBHOOK_MAX_ATTEMPTS: '1', SIGNET_WEBHOOK_TIMEOUT_MS: '500' },
    });
    const description = await broker.api('none', 'GET', '/openapi.json');
    const spec = await loadSpec(description.body, { maxBytes: 10 * 1024 * 1024 });
    routes = [...signetRoutes(spec), ...pactWriteRoutes()];
  }, 120_000);
  afterAll(() => broker?.close());

  const send = (attempt: Attempt) =>
    broker.send('admin', {
      method: attempt.method,
      target: attempt.target,
      ...(attempt.body === undefined
        ? {}
        : { body: attempt.body, headers: { 'content-type': attempt.contentType ?? 'application/json' } }),
    });

  it('never answers 5xx nor crashes, whatever a write route is sent', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const wrong: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(route.anyAttempt, async (attempt) => {
          const answer = await send(attempt);
          if (answer.status >= 500 || answer.status === 0 || (isClientError(answer) && !explained(answer)))
            wrong.push(
              `${route.label}: ${attempt.method} ${attempt.target.slice(0, 120)} ${attempt.body?.slice(0, 200) ?? ''} → ${answer.status} ${answer.body.slice(0, 200)}`,
            );
        }),
        { numRuns: runsPerRoute.any, seed: 20261202 },
      );
    }
    expect(wrong).toEqual([]);
    // The bootstrap admin: generated DELETE /tokens/{id} may well have revoked the suite's read and write tokens.
    expect((await broker.api('admin', 'GET', '/services')).status).toBe(200);
  }, 900_000);

  it('refuses unstorable text, deep nesting and broken JSON everywhere with a 4xx, and stores nothing', async () => {
    // Deliveries the previous test queued may still be in flight: their records are not this test's doing.
    const before = await settledStoredData(broker);
    const wrong: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(route.refusedAttempt, async (attempt) => {
          const answer = await send(attempt);
          if (!isClientError(answer) || !explained(answer))
            wrong.push(
              `${route.label}: ${attempt.target.slice(0, 120)} ${JSON.stringify(attempt.body?.slice(0, 200))} → ${answer.status} ${answer.body.slice(0, 200)}`,
            );
        }),
        { numRuns: runsPerRoute.refused, seed: 20261202 },
      );
    }
    expect(wrong).toEqual([]);
    expect(changedParts(before, await storedData(broker))).toEqual([]);
  }, 900_000);
});
