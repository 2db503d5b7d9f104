import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { mockPetsSpec } from '../actions/mock/testing/mock-pets-spec.js';
import { run } from '../main.js';
import { captureIo, runCli, scratchDir } from '../testing/cli-run.js';

/** The pets spec at p1, and at p2 with an extra /owners operation: which one the mock serves is visible. */
const withOwners = {
  ...mockPetsSpec,
  paths: {
    ...mockPetsSpec.paths,
    '/owners': {
      get: { responses: { '200': { description: 'ok', content: { 'text/plain': { example: 'Ann' } } } } },
    },
  },
};

describe('signet mock --provider: the spec from the broker', () => {
  let broker: TestBroker;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  /** Runs `signet mock` in-process until it listens, hands `use` its URL, then stops it with SIGTERM whatever happened. */
  async function withMock(argv: string[], use: (url: string) => Promise<void>) {
    const io = captureIo();
    const running = run(['mock', '--port', '0', ...argv], io, { cwd: scratch.dir, env });
    let url: string | undefined;
    let ended = false;
    void running.finally(() => (ended = true));
    while (url === undefined && !ended) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      url = /listening on (http:\/\/\S+?),/.exec(io.stdout)?.[1];
    }
    try {
      if (url === undefined) throw new Error(`signet mock did not start: ${io.stderr}`);
      await use(url);
    } finally {
      if (!ended) process.emit('SIGTERM', 'SIGTERM');
    }
    return { code: await running, stdout: io.stdout, stderr: io.stderr };
  }

  beforeAll(async () => {
    broker = await startTestBroker();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    const p1 = path.join(scratch.dir, 'p1.json');
    const p2 = path.join(scratch.dir, 'p2.json');
    await writeFile(p1, JSON.stringify(mockPetsSpec));
    await writeFile(p2, JSON.stringify(withOwners));
    const steps = [
      ['publish', 'spec', p1, '--provider', 'pets', '--version', 'p1', '--branch', 'main'],
      ['publish', 'spec', p2, '--provider', 'pets', '--version', 'p2', '--branch', 'feat'],
      ['environment', 'create', 'production'],
      ['environment', 'create', 'staging'],
      ['record-deployment', '--service', 'pets', '--version', 'p1', '--environment', 'production'],
    ];
    for (const step of steps) expect((await cli(...step)).code, step.join(' ')).toBe(0);
  });
  afterAll(async () => {
    await broker.close();
    await scratch.remove();
  });

  const owners = async (url: string) => (await fetch(`${url}/owners`)).status;

  it('--environment serves the spec of the version deployed there, and says which', async () => {
    const result = await withMock(['--provider', 'pets', '--environment', 'production'], async (url) => {
      expect((await fetch(`${url}/pets/1`)).status).toBe(200);
      expect(await owners(url)).toBe(404);
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "serving the spec of pets@p1 (from the broker), deployed in production: pets@p1's own spec",
    );
  });

  it('--version serves that version; --branch alone the newest spec on the branch', async () => {
    const byVersion = await withMock(['--provider', 'pets', '--version', 'p2'], async (url) => {
      expect(await owners(url)).toBe(200);
    });
    expect(byVersion.stdout).toContain('serving the spec of pets@p2 (from the broker)');
    const byBranch = await withMock(['--provider', 'pets', '--branch', 'feat'], async (url) => {
      expect(await owners(url)).toBe(200);
    });
    expect(byBranch.stdout).toContain('pets@p2 (from the broker), the latest on branch feat');
  });

  it('a version without a spec of its own gets the newest on the main branch, and the first line says so', async () => {
    const result = await withMock(['--provider', 'pets', '--version', 'p9'], async (url) => {
      expect(await owners(url)).toBe(404);
    });
    expect(result.stdout).toContain(
      'serving the spec of pets@p1 (from the broker), the latest on the main branch main: pets@p9 has no spec of its own',
    );
  });

  it('refuses, exit 2, what it cannot serve faithfully', async () => {
    const nothingDeployed = await cli('mock', '--provider', 'pets', '--environment', 'staging');
    expect(nothingDeployed).toMatchObject({ code: 2 });
    expect(nothingDeployed.stderr).toContain('no version of pets is deployed or released in staging');
    const noBranch = await cli('mock', '--provider', 'pets', '--branch', 'gone');
    expect(noBranch.stderr).toContain('no spec published by a version on branch gone');
    expect((await cli('mock', '--provider', 'pets')).stderr).toContain(
      'give --environment, --version or --branch',
    );
    expect((await cli('mock', '--version', 'p1', '--spec', 'x.json')).stderr).toContain('need --provider');
  });
});
