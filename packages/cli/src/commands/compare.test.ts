import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

const fixtures = path.resolve(import.meta.dirname, '../../test-fixtures');
const fixture = (name: string): string => path.join(fixtures, name);

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

describe('signet compare', () => {
  it('exits 0 and says compatible when the contract fits the spec', async () => {
    const io = captureIo();
    const code = await run(
      ['compare', '--spec', fixture('petstore.yaml'), '--contract', fixture('pact-compatible.json')],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toContain('compatible: 0 error(s)');
  });

  it('exits 1 and names each finding when the contract does not fit', async () => {
    const io = captureIo();
    const code = await run(
      ['compare', '--spec', fixture('petstore.yaml'), '--contract', fixture('pact-incompatible.json')],
      io,
    );
    expect(code).toBe(1);
    expect(io.stdout).toContain('response.body.incompatible');
    expect(io.stdout).toContain('[root].interactions[0].response.body');
    expect(io.stdout).toMatch(/incompatible: [1-9]\d* error/);
  });

  it('prints { compatible, findings } with --json exactly as compare returns it', async () => {
    const io = captureIo();
    const code = await run(
      [
        'compare',
        '--spec',
        fixture('petstore.yaml'),
        '--contract',
        fixture('pact-incompatible.json'),
        '--json',
      ],
      io,
    );
    expect(code).toBe(1);
    const parsed = JSON.parse(io.stdout) as {
      compatible: boolean;
      findings: Array<{ code: string; type: string }>;
    };
    expect(Object.keys(parsed).sort()).toEqual(['compatible', 'findings']);
    expect(parsed.compatible).toBe(false);
    expect(parsed.findings.some((f) => f.code === 'response.body.incompatible' && f.type === 'error')).toBe(
      true,
    );
  });

  it('exits 2 with the loader message for a file that is not a Pact', async () => {
    const io = captureIo();
    const code = await run(
      ['compare', '--spec', fixture('petstore.yaml'), '--contract', fixture('not-a-pact.json')],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toContain('not-a-pact.json');
    expect(io.stderr).toContain('contract.not-pact');
  });

  it('exits 2 and refuses remote $refs in the spec', async () => {
    const io = captureIo();
    const code = await run(
      ['compare', '--spec', fixture('remote-ref.yaml'), '--contract', fixture('pact-compatible.json')],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toContain('spec.ref.remote');
  });

  it('exits 2 for a missing file and for missing flags', async () => {
    const missing = captureIo();
    expect(
      await run(
        ['compare', '--spec', fixture('nope.yaml'), '--contract', fixture('pact-compatible.json')],
        missing,
      ),
    ).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    const usage = captureIo();
    expect(await run(['compare', '--spec', fixture('petstore.yaml')], usage)).toBe(2);
    expect(usage.stderr).toContain('--contract');
  });
});

describe('the signet binary', () => {
  it('answers --help from the repository root through npx', async () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const { stdout } = await promisify(execFile)('npx', ['signet', '--help'], { cwd: root });
    expect(stdout).toContain('Usage: signet');
    expect(stdout).toContain('compare');
  });
});
