import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '@signet/broker/testing';
import { driftSpec, startDriftingPets, type DriftingPets } from '../actions/proxy/testing/drifting-pets.js';
import { run } from '../main.js';
import { captureIo, runCli, scratchDir } from '../testing/cli-run.js';

/** The drift spec without its /pets/{petId} operation: with it, GET /pets/1 conforms; without it, it is unknown. */
const withoutPet = {
  ...driftSpec,
  paths: { '/pets': (driftSpec['paths'] as Record<string, unknown>)['/pets'] },
};

describe('signet proxy --validate alone: the spec from the broker', () => {
  let broker: TestBroker;
  let pets: DriftingPets;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let env: Record<string, string>;
  const cli = (...argv: string[]) => runCli(argv, scratch.dir, env);

  /** Runs the proxy in-process until --max-requests stops it, sending `paths` once it listens. */
  async function proxy(args: string[], paths: string[]) {
    const io = captureIo();
    const argv = [
      'proxy',
      '--target',
      pets.url,
      '--port',
      '0',
      '--max-requests',
      String(Math.max(1, paths.length)),
      ...args,
    ];
    const exit = run(argv, io, { cwd: scratch.dir, env });
    let ended = false;
    void exit.finally(() => (ended = true));
    let url: string | undefined;
    while (url === undefined && !ended) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      url = /listening on (http:\/\/\S+)/.exec(io.stdout)?.[1];
    }
    for (const p of url === undefined ? [] : paths) await fetch(url + p);
    return { code: await exit, stdout: io.stdout, stderr: io.stderr };
  }

  beforeAll(async () => {
    broker = await startTestBroker();
    pets = await startDriftingPets();
    env = { SIGNET_BROKER_URL: await broker.app.listen({ port: 0, host: '127.0.0.1' }) };
    scratch = await scratchDir();
    const full = path.join(scratch.dir, 'full.json');
    const partial = path.join(scratch.dir, 'partial.json');
    await writeFile(full, JSON.stringify(driftSpec));
    await writeFile(partial, JSON.stringify(withoutPet));
    const steps = [
      ['publish', 'spec', full, '--provider', 'pets', '--version', 'p1', '--branch', 'main'],
      ['publish', 'spec', partial, '--provider', 'pets', '--version', 'p2', '--branch', 'feat'],
      ['environment', 'create', 'production'],
      ['record-deployment', '--service', 'pets', '--version', 'p1', '--environment', 'production'],
    ];
    for (const step of steps) expect((await cli(...step)).code, step.join(' ')).toBe(0);
  });
  afterAll(async () => {
    await pets.close();
    await broker.close();
    await scratch.remove();
  });

  it('--environment validates against the spec of the version deployed there, and says which', async () => {
    const result = await proxy(
      ['--validate', '--provider', 'pets', '--environment', 'production'],
      ['/pets/1'],
    );
    expect(result.stdout).toContain(
      "validating against the spec of pets@p1 (from the broker), deployed in production: pets@p1's own spec",
    );
    expect(result.stdout).toContain('1 exchange(s) checked, 0 drifted');
    expect(result.code).toBe(0);
  });

  it('--branch takes the branch newest spec: there GET /pets/1 is undeclared, a drift', async () => {
    const result = await proxy(['--validate', '--provider', 'pets', '--branch', 'feat'], ['/pets/1']);
    expect(result.stdout).toContain(
      'validating against the spec of pets@p2 (from the broker), the latest on branch feat',
    );
    expect(result.stdout).toContain('1 drifted');
    expect(result.code).toBe(1);
  });

  it('refuses unclear choices with exit 2 before listening', async () => {
    const cases: Array<[string[], string]> = [
      [['--validate'], '--validate without a file needs --provider'],
      [['--validate', '--provider', 'pets'], 'give --environment, --version or --branch'],
      [['--validate', 'full.json', '--environment', 'production'], 'give --validate without a file'],
      [['--out', 'pacts', '--consumer', 'web', '--provider', 'pets', '--branch', 'feat'], 'need --validate'],
      [['--validate', '--provider', 'pets', '--environment', 'staging'], 'no version of pets is deployed'],
    ];
    for (const [args, message] of cases) {
      const result = await proxy(args, []);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stdout, args.join(' ')).not.toContain('listening on');
    }
  });
});
