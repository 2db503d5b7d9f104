import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { parseBrokerConfig } from './config/broker-config.js';
import { startBroker } from './start-broker.js';
import { needsInitialisation } from './store/open-database.js';
import './testing/provided-context.js';
import { testEngine } from './testing/test-engine.js';

describe('startBroker', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  /** A data directory copied from the run's template (no initdb per test). */
  async function dataDirectory(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'signet-start-'));
    dirs.push(root);
    await cp(inject('pgliteTemplate'), join(root, 'data'), { recursive: true });
    return join(root, 'data');
  }

  it('knows a new data directory needs initialising (the first-start notice) and an existing one does not', async () => {
    expect(needsInitialisation(join(tmpdir(), 'signet-never-created'))).toBe(true);
    expect(needsInitialisation(await dataDirectory())).toBe(false);
  });

  it('serves HTTP on an existing directory without a first-start notice, and keeps data across restarts', async () => {
    // The directory is initdb'd but not migrated: the first start says which migrations it applied, the second nothing.
    const config = { ...parseBrokerConfig(['--port', '0'], {}), dataDir: await dataDirectory() };
    const notices: string[] = [];
    const first = await startBroker(config, {
      engine: testEngine,
      notify: (message) => notices.push(message),
    });
    const created = await fetch(`${first.url}/api/v1/environments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'production' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBeTruthy();
    await first.close();

    const reopened = await startBroker(config, {
      engine: testEngine,
      notify: (message) => notices.push(message),
    });
    const listed = (await (await fetch(`${reopened.url}/api/v1/environments`)).json()) as {
      items: Array<{ name: string }>;
    };
    expect(listed.items.map((environment) => environment.name)).toEqual(['production']);
    await reopened.close();
    expect(notices).toEqual([expect.stringMatching(/^applied \d+ database migration\(s\): 0001-initial-schema, /)]);
  });

  it('refuses to start on a port already taken, releasing the database', async () => {
    const config = { ...parseBrokerConfig(['--port', '0'], {}), dataDir: await dataDirectory() };
    const running = await startBroker(config, { engine: testEngine });
    const port = Number(new URL(running.url).port);
    const other = { ...config, port, dataDir: await dataDirectory() };
    await expect(startBroker(other, { engine: testEngine })).rejects.toThrow(/EADDRINUSE/);
    await running.close();
  });
});
