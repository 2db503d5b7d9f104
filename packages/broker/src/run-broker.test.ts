import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { runBroker, type BrokerProcess } from './run-broker.js';
import { createStore, openDatabase } from './store/index.js';
import './testing/provided-context.js';
import { openApiSpec } from './testing/documents.js';
import { testEngine } from './testing/test-engine.js';

/** A fake process: records what the broker says and how it exits, and lets the test send signals. */
function fakeProcess(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const said: string[] = [];
  const handlers = new Map<string, () => void>();
  let parentGone: () => void = () => {};
  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const io: BrokerProcess = {
    argv,
    env,
    say: (message) => said.push(message),
    onSignal: (signal, handler) => handlers.set(signal, handler),
    exit: (code) => resolveExit(code),
    onParentGone: (handler) => (parentGone = handler),
    logger: false,
  };
  return {
    io,
    said,
    exited,
    signal: (name: string) => handlers.get(name)?.(),
    parentGone: () => parentGone(),
  };
}

describe('runBroker', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  it('exits 2 with the reason on a usage error, starting nothing', async () => {
    const fake = fakeProcess(['--port', 'http']);
    expect(await runBroker(fake.io, testEngine)).toBeUndefined();
    expect(await fake.exited).toBe(2);
    expect(fake.said[0]).toMatch(/^signet broker: --port/);
  });

  it('serves until SIGTERM, then lets in-flight work finish, closes and exits 0', async () => {
    const root = await mkdtemp(join(tmpdir(), 'signet-run-'));
    roots.push(root);
    await cp(inject('pgliteTemplate'), join(root, 'data'), { recursive: true });
    const fake = fakeProcess(['--port', '0', '--data-dir', join(root, 'data')]);
    // An engine whose spec loading waits for the test: the request is provably in flight when the signal comes.
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const engine = {
      ...testEngine,
      checkSpec: async (text: string, options: { maxBytes: number }) => {
        entered();
        await gate;
        return testEngine.checkSpec(text, options);
      },
    };
    const broker = await runBroker(fake.io, engine);
    // The directory is initdb'd but not migrated: the broker says so, then where it listens.
    expect(fake.said).toEqual([
      expect.stringMatching(/^applied \d+ database migration\(s\): 0001-initial-schema, /),
      expect.stringMatching(/^signet broker listening on http:\/\/127\.0\.0\.1:\d+ \(embedded database in /),
    ]);
    const inFlight = fetch(`${broker!.url}/api/v1/services/inventory/specs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: openApiSpec('inventory', [['get', '/items/{id}']]) }),
    });
    await inHandler;
    fake.signal('SIGTERM');
    fake.signal('SIGINT');
    release();
    expect((await inFlight).status).toBe(201);
    expect(await fake.exited).toBe(0);
    expect(fake.said.filter((message) => message.includes('received'))).toEqual([
      'signet broker: SIGTERM received, finishing in-flight requests',
    ]);
    await expect(fetch(`${broker!.url}/api/v1/services`)).rejects.toThrow();
    // What was committed before shutdown is there after it.
    const reopened = await openDatabase({ kind: 'embedded', dataDir: join(root, 'data') });
    const inventory = await createStore(reopened.db).services.find('inventory');
    expect(inventory).toBeDefined();
    expect(await createStore(reopened.db).specs.latest(inventory!.id)).toBeDefined();
    await reopened.close();
  });

  async function dataDir(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'signet-run-'));
    roots.push(root);
    await cp(inject('pgliteTemplate'), join(root, 'data'), { recursive: true });
    return join(root, 'data');
  }

  it('exits 2 with the reason when another broker holds the embedded data directory', async () => {
    const dir = await dataDir();
    const holder = fakeProcess(['--port', '0', '--data-dir', dir]);
    expect(await runBroker(holder.io, testEngine)).toBeDefined();
    try {
      const second = fakeProcess(['--port', '0', '--data-dir', dir]);
      expect(await runBroker(second.io, testEngine)).toBeUndefined();
      expect(await second.exited).toBe(2);
      expect(second.said).toEqual([
        expect.stringMatching(/^signet broker: .* is in use by another signet broker \(pid \d+\)/),
      ]);
    } finally {
      holder.signal('SIGTERM');
      expect(await holder.exited).toBe(0);
    }
  });

  it('stops gracefully on SIGHUP, and when the process that started it goes', async () => {
    for (const [how, said] of [
      [(fake: ReturnType<typeof fakeProcess>) => fake.signal('SIGHUP'), 'SIGHUP received'],
      [(fake: ReturnType<typeof fakeProcess>) => fake.parentGone(), 'the process that started it has gone'],
    ] as const) {
      const fake = fakeProcess(['--port', '0', '--data-dir', await dataDir()]);
      const broker = await runBroker(fake.io, testEngine);
      how(fake);
      expect(await fake.exited).toBe(0);
      expect(fake.said.at(-1)).toBe(`signet broker: ${said}, finishing in-flight requests`);
      await expect(fetch(`${broker!.url}/api/v1/services`)).rejects.toThrow();
    }
  });
});
