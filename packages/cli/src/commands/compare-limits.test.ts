import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

// GitHub's own REST spec, about 13 MB: above core's 10 MiB default, below compare's 64 MiB.
const githubSpec = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    color: false,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

const pact = (path: string) => ({
  consumer: { name: 'c' },
  provider: { name: 'github' },
  interactions: [
    {
      description: 'the zen of GitHub',
      request: { method: 'GET', path },
      response: {
        status: 200,
        headers: { 'Content-Type': 'text/plain' },
        body: 'Keep it logically awesome.',
      },
    },
  ],
  metadata: { pactSpecification: { version: '3.0.0' } },
});

describe('signet compare size limit and routing flags', () => {
  let dir: string;
  let contract: string;
  let slashed: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'signet-compare-limits-'));
    contract = path.join(dir, 'pact.json');
    slashed = path.join(dir, 'slashed.json');
    await writeFile(contract, JSON.stringify(pact('/zen')));
    await writeFile(slashed, JSON.stringify(pact('/zen/')));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("compares against GitHub's 13 MB spec under the default limit", async () => {
    const io = captureIo();
    const code = await run(['compare', '--spec', githubSpec, '--contract', contract, '--json'], io);
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(io.stdout) as { compatible: boolean }).compatible).toBe(true);
  });

  it('refuses a spec above --max-spec-bytes with exit 2, and a bad value too', async () => {
    const small = captureIo();
    const code = await run(
      ['compare', '--spec', githubSpec, '--contract', contract, '--max-spec-bytes', '1000000'],
      small,
    );
    expect(code).toBe(2);
    expect(small.stderr).toContain('api.github.com.json');
    expect(small.stderr).toContain('spec.too-large');
    const bad = captureIo();
    expect(
      await run(['compare', '--spec', githubSpec, '--contract', contract, '--max-spec-bytes', '1MB'], bad),
    ).toBe(2);
    expect(bad.stderr).toContain('--max-spec-bytes');
  });

  it('--strict-routing turns the trailing-slash warning into an error', async () => {
    const lenient = captureIo();
    expect(await run(['compare', '--spec', githubSpec, '--contract', slashed, '--json'], lenient)).toBe(0);
    expect(lenient.stdout).toContain('request.path.trailing-slash');
    const strict = captureIo();
    const code = await run(
      ['compare', '--spec', githubSpec, '--contract', slashed, '--json', '--strict-routing'],
      strict,
    );
    expect(code).toBe(1);
    const findings = (JSON.parse(strict.stdout) as { findings: Array<{ code: string; type: string }> })
      .findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'request.path.trailing-slash', type: 'error' }),
    );
  });
});
