import { parseContract } from '@signet/core';
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessEngine } from '../core-engine.js';
import { contentSha } from '../documents/document-store.js';
import { openApiSpec, pactContract, type Operation } from '../testing/documents.js';
import { heavyContract, heavySpec } from '../testing/heavy-comparison.js';
import { asyncApiSpec, mixedPact } from '../testing/message-documents.js';
import { createPoolEngine, type PoolEngine } from './pool-engine.js';
import { EngineCrashError, EngineTimeoutError } from './task-errors.js';

// Workers run the built broker (`npx tsc -b` first), as the broker process does, without the test runner's
// flags (its `@signet/source` condition would point them at TypeScript sources).
const workerUrl = new URL('../../dist/engine-pool/engine-worker.js', import.meta.url);
const limits = { maxBytes: 10 * 1024 * 1024 };
const operations: Operation[] = [
  ['get', '/items/{id}'],
  ['post', '/items'],
];
const stored = (text: string) => ({ sha: contentSha(text), text });
const contract = (consumer: string, ops = operations) =>
  parseContract(pactContract(consumer, 'inventory', ops), limits);

const engines: PoolEngine[] = [];
const pool = (workers: number, taskTimeoutMs = 120_000, url = workerUrl): PoolEngine => {
  const engine = createPoolEngine({ workers, taskTimeoutMs }, { workerUrl: url, execArgv: [] });
  engines.push(engine);
  return engine;
};
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

describe('the engine pool', () => {
  it('compares in a worker and answers what the in-process engine answers', async () => {
    const spec = stored(openApiSpec('inventory', operations));
    const wrong = contract('web', [['get', '/missing']]);
    const engine = pool(1);
    expect(await engine.compare(spec, wrong)).toEqual(await inProcessEngine().compare(spec, wrong));
    expect((await engine.compare(spec, contract('web'))).compatible).toBe(true);
  });

  it('tells a checked spec’s kind, and compares with a version’s OpenAPI and AsyncAPI specs together', async () => {
    const engine = pool(1);
    const http = stored(openApiSpec('users', [['get', '/items/{id}']]));
    const messages = stored(asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } }));
    expect(await engine.checkSpec(http.text, limits)).toBe('openapi');
    expect(await engine.checkSpec(messages.text, limits)).toBe('asyncapi');
    const mixed = parseContract(mixedPact('audit', 'users'), limits);
    const both = await engine.compare([http, messages], mixed);
    expect(both).toEqual(await inProcessEngine().compare([http, messages], mixed));
    expect(both.compatible).toBe(true);
    // Without the AsyncAPI spec the message interaction is an error, never skipped.
    const alone = await engine.compare(http, mixed);
    expect(alone.findings.filter((f) => f.type === 'error').map((f) => f.code)).toEqual([
      'message.spec.missing',
    ]);
  });

  it('loads a spec once for many contracts, and once for a check and the comparisons after it', async () => {
    const engine = pool(2);
    const spec = stored(openApiSpec('inventory', operations));
    for (const consumer of ['web', 'app', 'cli']) await engine.compare(spec, contract(consumer));
    expect(engine.stats()).toMatchObject({ specLoads: 1, workersStarted: 1 });
    const next = stored(openApiSpec('inventory v2', operations));
    await engine.checkSpec(next.text, limits);
    await engine.compare(next, contract('web'));
    expect(engine.stats()).toMatchObject({ specLoads: 2 });
  });

  it('copies a spec text to a worker only when it does not hold it already', async () => {
    const engine = pool(1);
    const checked = stored(openApiSpec('inventory', operations));
    await engine.checkSpec(checked.text, limits);
    const results = [];
    for (const consumer of ['web', 'app', 'cli'])
      results.push(await engine.compare(checked, contract(consumer)));
    // Each comparison answers as the in-process engine, which always has the text.
    expect(results).toEqual(
      await Promise.all(['web', 'app', 'cli'].map((c) => inProcessEngine().compare(checked, contract(c)))),
    );
    expect(engine.stats()).toMatchObject({ specLoads: 1, specTextsSent: 0 });
    const fresh = stored(openApiSpec('inventory v2', operations));
    for (const consumer of ['web', 'app']) await engine.compare(fresh, contract(consumer));
    expect(engine.stats()).toMatchObject({ specLoads: 2, specTextsSent: 1 });
  });

  it('sends the whole task again when a worker lacks the spec whose text was left out', async () => {
    // A stand-in worker: says it holds every spec it is sent, then claims to have lost it.
    const script = [
      "import { parentPort } from 'node:worker_threads';",
      'parentPort.on("message", ({ id, task, specOmitted }) => {',
      '  const state = { id, cached: [task.spec.sha], specLoads: 0 };',
      '  parentPort.postMessage(specOmitted ? { ...state, ok: false, specMissing: true }',
      '    : { ...state, ok: true, value: task.spec.text.length });',
      '});',
      'parentPort.postMessage({ ready: true });',
    ].join('\n');
    const engine = pool(1, 120_000, new URL(`data:text/javascript,${encodeURIComponent(script)}`));
    const spec = stored(openApiSpec('inventory', operations));
    expect(await engine.compare(spec, contract('web'))).toBe(spec.text.length);
    expect(await engine.compare(spec, contract('app'))).toBe(spec.text.length);
    expect(engine.stats()).toMatchObject({ specTextsSent: 2, crashes: 0 });
  });

  it("returns the loader's located error for a broken spec", async () => {
    const failure = await pool(1)
      .checkSpec('{"openapi": "3.0.0"}', limits)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: expect.stringMatching(/^spec\./), location: expect.any(String) });
  });

  it('stops a task past the time limit, replaces its worker and keeps serving', async () => {
    const engine = pool(1, 5000);
    const heavy = parseContract(heavyContract('web', 'inventory'), limits);
    // Hours of work (see heavy-comparison.ts): only the limit can end it.
    await expect(engine.compare(stored(heavySpec('inventory')), heavy)).rejects.toThrow(EngineTimeoutError);
    const spec = stored(openApiSpec('inventory', operations));
    expect((await engine.compare(spec, contract('web'))).compatible).toBe(true);
    expect(engine.stats()).toMatchObject({ timeouts: 1, workersStarted: 2 });
  });

  it('fails a task whose worker dies, and the next task gets a new worker', async () => {
    const dying = new URL('data:text/javascript,process.exit(3)');
    const engine = pool(1, 120_000, dying);
    const spec = stored(openApiSpec('inventory', operations));
    await expect(engine.compare(spec, contract('web'))).rejects.toThrow(EngineCrashError);
    await expect(engine.compare(spec, contract('web'))).rejects.toThrow(/exited with code 3/);
    expect(engine.stats()).toMatchObject({ crashes: 2, workersStarted: 2 });
  });

  it('rejects running and waiting tasks when closed, and anything after', async () => {
    const engine = pool(1);
    const heavy = parseContract(heavyContract('web', 'inventory'), limits);
    const running = engine.compare(stored(heavySpec('inventory')), heavy);
    const waiting = engine.compare(stored(openApiSpec('inventory', operations)), contract('web'));
    const outcomes = Promise.all([
      expect(running).rejects.toThrow(/closed/),
      expect(waiting).rejects.toThrow(/closed/),
    ]);
    await engine.close();
    await outcomes;
    await expect(engine.checkSpec('{}', limits)).rejects.toThrow(/closed/);
  });
});
