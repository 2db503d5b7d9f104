import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockPetsPact } from '../actions/mock/testing/mock-pets-pact.js';
import { mockPetsSpec } from '../actions/mock/testing/mock-pets-spec.js';
import { run } from '../main.js';
import { captureIo, scratchDir } from '../testing/cli-run.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await scratchDir()));
afterEach(() => remove());

/**
 * Runs `signet mock` in-process until it listens, hands its URL to `use`, then stops it with SIGTERM as a user
 * would, whatever `use` did, and resolves to the exit code and output.
 */
async function withMock(argv: string[], use: (url: string) => Promise<void>) {
  const io = captureIo();
  const running = run(['mock', '--port', '0', ...argv], io, { cwd: dir, env: {} });
  let url: string | undefined;
  let ended = false;
  void running.finally(() => (ended = true));
  while (url === undefined && !ended) {
    await new Promise((resolve) => setImmediate(resolve));
    url = /listening on (http:\/\/\S+?),/.exec(io.stdout)?.[1];
  }
  try {
    if (url === undefined) throw new Error(`signet mock did not start: ${io.stderr}`);
    await use(url);
  } finally {
    if (!ended) process.emit('SIGTERM', 'SIGTERM');
  }
  const code = await running;
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('signet mock, the command', () => {
  it('serves a spec until SIGTERM, then reports requests served and refused, and records the unmatched', async () => {
    const spec = path.join(dir, 'openapi.json');
    const record = path.join(dir, 'unmatched.json');
    await writeFile(spec, JSON.stringify(mockPetsSpec));
    const result = await withMock(['--spec', spec, '--record', record], async (url) => {
      expect((await fetch(`${url}/pets/1`)).status).toBe(200);
      expect((await fetch(`${url}/pets/abc`)).status).toBe(400);
      expect((await fetch(`${url}/owners?x=1`, { headers: { 'x-note': 'hi' } })).status).toBe(404);
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('served 3 request(s), 1 invalid, 1 unmatched\n');
    const recorded = JSON.parse(await readFile(record, 'utf8')) as {
      unmatched: Array<Record<string, unknown>>;
    };
    expect(recorded.unmatched).toHaveLength(1);
    expect(recorded.unmatched[0]).toMatchObject({
      method: 'GET',
      path: '/owners',
      query: 'x=1',
      status: 404,
    });
    expect(recorded.unmatched[0]?.headers).toMatchObject({ 'x-note': ['hi'] });
  });

  it('replays a contract; with --strict, exits 1 naming the interactions never exercised', async () => {
    const pact = path.join(dir, 'shop-pets.json');
    await writeFile(pact, JSON.stringify(mockPetsPact));
    const record = path.join(dir, 'unmatched.json');
    const result = await withMock(['--contract', pact, '--strict', '--record', record], async (url) => {
      expect((await fetch(`${url}/pets`)).status).toBe(200);
      expect((await fetch(`${url}/owners`, { method: 'POST', body: 'hi' })).status).toBe(500);
      expect((await fetch(`${url}/pets/7`, { headers: { 'x-pact-provider-state': 'no pets' } })).status).toBe(
        404,
      );
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('never exercised: get an existing pet');
    expect(result.stdout).toContain('never exercised: add a pet');
    expect(result.stdout).not.toContain('never exercised: list pets');
    const recorded = JSON.parse(await readFile(record, 'utf8')) as {
      unmatched: Array<Record<string, unknown>>;
    };
    expect(recorded.unmatched).toMatchObject([
      { method: 'POST', path: '/owners', body: { text: 'hi' }, status: 500 },
    ]);
  });

  it('exits 0 without --strict even when interactions were not exercised', async () => {
    const pact = path.join(dir, 'shop-pets.json');
    await writeFile(pact, JSON.stringify(mockPetsPact));
    const result = await withMock(['--contract', pact], () => Promise.resolve());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('never exercised: list pets');
  });

  it('refuses bad usage with exit 2 before listening', async () => {
    const io = captureIo();
    const ctx = { cwd: dir, env: {} };
    expect(await run(['mock'], io, ctx)).toBe(2);
    expect(io.stderr).toContain('exactly one of --spec');
    expect(await run(['mock', '--spec', 'a.yaml', '--contract', 'b.json'], io, ctx)).toBe(2);
    expect(await run(['mock', '--spec', 'missing.yaml'], io, ctx)).toBe(2);
    expect(io.stderr).toContain(`invalid spec ${path.join(dir, 'missing.yaml')}`);
    expect(await run(['mock', '--contract', path.join(dir, 'none.json')], io, ctx)).toBe(2);
    expect(await run(['mock', '--spec', 'a.yaml', '--port', '99999'], io, ctx)).toBe(2);
  });

  it('prints help with examples', async () => {
    const io = captureIo();
    expect(await run(['mock', '--help'], io, { cwd: dir, env: {} })).toBe(0);
    expect(io.stdout).toContain('Prefer: code=404');
    expect(io.stdout).toContain('X-Pact-Provider-State');
  });
});
