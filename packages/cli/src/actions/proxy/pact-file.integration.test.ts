import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, ExitCode } from '../../exit-codes.js';
import { startPetsTarget, type PetsTarget } from './testing/pets-target.js';
import { startRecording } from './testing/recording-session.js';

interface Written {
  consumer: { name: string };
  interactions: Array<{
    description: string;
    providerStates?: Array<{ name: string }>;
    request: { path: string };
    response: { status: number };
  }>;
}

const read = async (file: string): Promise<Written> => JSON.parse(await readFile(file, 'utf8')) as Written;

describe('signet proxy, the pact already in --out', () => {
  let target: PetsTarget;
  let outDir: string;
  beforeAll(async () => {
    target = await startPetsTarget();
    outDir = await mkdtemp(path.join(tmpdir(), 'signet-proxy-pact-file-'));
  });
  afterAll(async () => {
    await target.close();
    await rm(outDir, { recursive: true, force: true });
  });

  /** Records `paths` (each with its provider state) through a real proxy and stops. */
  async function recordInto(dir: string, calls: Array<[string, string?]>, merge = false) {
    const session = await startRecording({ target: new URL(target.url), outDir: dir, merge });
    try {
      for (const [url, state] of calls) {
        const headers: Record<string, string> = state ? { 'x-signet-provider-state': state } : {};
        await (await fetch(session.url + url, { headers })).arrayBuffer();
      }
    } finally {
      await session.stop().catch(() => undefined);
    }
    return session.done;
  }

  it('refuses to replace an existing pact with an empty one (exit 1) and leaves it as it was', async () => {
    const dir = path.join(outDir, 'empty');
    const first = await recordInto(dir, [['/pets/1']]);
    const before = await readFile(first.file, 'utf8');
    const error = await recordInto(dir, []).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.failed);
    expect((error as CliError).message).toMatch(
      /no requests were recorded, so .*web-pets\.json was left as it was/,
    );
    expect(await readFile(first.file, 'utf8')).toBe(before);
  });

  it('still writes an empty pact where there was none', async () => {
    const summary = await recordInto(path.join(outDir, 'fresh'), []);
    expect(summary.pact).toBe('written');
    expect((await read(summary.file)).interactions).toEqual([]);
  });

  it('with --merge, replaces interactions with the same description and states and adds the others', async () => {
    const dir = path.join(outDir, 'merge');
    await recordInto(dir, [['/pets/1', 'pet 1 exists'], ['/pets/404'], ['/owners/3']]);
    const summary = await recordInto(
      dir,
      [['/pets/2', 'pet 1 exists'], ['/pets/1', 'pet 1 is sold'], ['/owners/4']],
      true,
    );
    expect(summary).toMatchObject({ pact: 'merged', interactions: 3 });
    const merged = await read(summary.file);
    expect(
      merged.interactions.map((i) => [i.description, i.providerStates?.[0]?.name, i.request.path]),
    ).toEqual([
      ['GET /pets/{id} → 200', 'pet 1 exists', '/pets/2'],
      ['GET /pets/{id} → 404', undefined, '/pets/404'],
      ['GET /owners/{id} → 200', undefined, '/owners/4'],
      ['GET /pets/{id} → 200', 'pet 1 is sold', '/pets/1'],
    ]);
  });

  it('with --merge and no traffic, leaves the existing pact as it was', async () => {
    const dir = path.join(outDir, 'merge-nothing');
    const first = await recordInto(dir, [['/pets/1']]);
    const before = await readFile(first.file, 'utf8');
    const summary = await recordInto(dir, [], true);
    expect(summary.pact).toBe('unchanged');
    expect(await readFile(first.file, 'utf8')).toBe(before);
  });

  it('with --merge, refuses a pact of another pair before listening (exit 2)', async () => {
    const dir = path.join(outDir, 'other-pair');
    const first = await recordInto(dir, [['/pets/1']]);
    const other = { ...(await read(first.file)), consumer: { name: 'mobile' } };
    await writeFile(first.file, JSON.stringify(other));
    const started = startRecording({ target: new URL(target.url), outDir: dir, merge: true });
    await expect(started).rejects.toThrow(/is the pact of mobile → pets, not web → pets/);
    await expect(started).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });

  it('with --merge, refuses a pact of another Pact version (exit 2)', async () => {
    const dir = path.join(outDir, 'other-version');
    await recordInto(dir, [['/pets/1']]);
    const started = startRecording({ target: new URL(target.url), outDir: dir, merge: true, pactVersion: 3 });
    await expect(started).rejects.toThrow(
      /is a Pact v4 file; merging needs the same version \(--pact-version 4\)/,
    );
  });
});
