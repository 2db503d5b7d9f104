import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseContract } from '@signet/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPetsTarget, type PetsTarget } from '../actions/proxy/testing/pets-target.js';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

// The real entry point, as users run it: needs the built dist (`npx tsc -b`, which `npm test` runs first).
const bin = path.resolve(import.meta.dirname, '../../bin/signet.js');

interface Cli {
  child: ChildProcessWithoutNullStreams;
  url: string;
  exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Every proxy process a test started: killed after each test, whatever its outcome. */
const started: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `signet proxy` in its own process and resolves once it says where it listens. */
function startCli(args: string[]): Promise<Cli> {
  const child = spawn(process.execPath, [bin, 'proxy', ...args]);
  started.push(child);
  let stdout = '';
  let stderr = '';
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return new Promise((resolve, reject) => {
    // The listening line is on stdout, or on stderr with --json.
    const seen = (): void => {
      const url = /listening on (http:\/\/\S+)/.exec(stdout + stderr)?.[1];
      if (url) resolve({ child, url, exit });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      seen();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      seen();
    });
    void exit.then(({ code }) =>
      reject(new Error(`signet proxy exited ${code} before listening:\n${stderr}`)),
    );
  });
}

function captureIo(): Io & { stderr: string } {
  const io = {
    stderr: '',
    color: false,
    out: () => undefined,
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

describe('signet proxy, the real command', () => {
  let target: PetsTarget;
  let outDir: string;
  beforeAll(async () => {
    target = await startPetsTarget();
    outDir = await mkdtemp(path.join(tmpdir(), 'signet-proxy-cli-'));
  });
  afterAll(async () => {
    await target.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes the Pact file and exits 0 on SIGTERM', async () => {
    const out = path.join(outDir, 'sigterm');
    const cli = await startCli([
      '--target',
      target.url,
      '--port',
      '0',
      '--consumer',
      'shop',
      '--provider',
      'pets',
      '--out',
      out,
    ]);
    expect((await fetch(`${cli.url}/pets/1`)).status).toBe(200);
    expect((await fetch(`${cli.url}/pets/5`)).status).toBe(200);
    cli.child.kill('SIGTERM');
    const { code, stdout } = await cli.exit;
    expect(code).toBe(0);
    expect(stdout).toContain('  + GET /pets/{id} → 200');
    expect(stdout).toContain('stopped (SIGTERM): 2 request(s), 1 distinct interaction(s)');
    const contract = parseContract(await readFile(path.join(out, 'shop-pets.json'), 'utf8'));
    expect(contract.pactVersion).toBe('4');
    expect(contract.interactions.map((i) => i.description)).toEqual(['GET /pets/{id} → 200']);
  });

  it('exits 1 and keeps the existing pact when stopped before any request', async () => {
    const out = path.join(outDir, 'nothing-recorded');
    await mkdir(out, { recursive: true });
    const existing =
      '{"consumer":{"name":"shop"},"provider":{"name":"pets"},"interactions":[{"description":"x"}]}\n';
    await writeFile(path.join(out, 'shop-pets.json'), existing);
    const cli = await startCli([
      ...['--target', target.url, '--port', '0', '--consumer', 'shop', '--provider', 'pets', '--out', out],
    ]);
    try {
      cli.child.kill('SIGTERM');
      const { code, stderr } = await cli.exit;
      expect(code).toBe(1);
      expect(stderr).toMatch(/^signet: no requests were recorded, so .*shop-pets\.json was left as it was/m);
      expect(await readFile(path.join(out, 'shop-pets.json'), 'utf8')).toBe(existing);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });

  it('stops by itself after --max-requests and writes v3 with --pact-version 3', async () => {
    const out = path.join(outDir, 'max');
    const cli = await startCli([
      '--target',
      target.url,
      '--port',
      '0',
      '--consumer',
      'shop',
      '--provider',
      'pets',
      '--out',
      out,
      '--pact-version',
      '3',
      '--max-requests',
      '2',
    ]);
    await fetch(`${cli.url}/pets?limit=1`);
    await fetch(`${cli.url}/pets/404`);
    const { code, stdout } = await cli.exit;
    expect(code).toBe(0);
    expect(stdout).toContain(
      'stopped (max-requests): 2 request(s), 2 distinct interaction(s); wrote Pact v3',
    );
    const contract = parseContract(await readFile(path.join(out, 'shop-pets.json'), 'utf8'));
    expect(contract.pactVersion).toBe('3');
    expect(contract.interactions).toHaveLength(2);
  });

  it('with --json prints only the summary on stdout, the running commentary on stderr', async () => {
    const out = path.join(outDir, 'json');
    const cli = await startCli([
      ...['--target', target.url, '--port', '0', '--consumer', 'shop', '--provider', 'pets'],
      ...['--out', out, '--max-requests', '1', '--json'],
    ]);
    await fetch(`${cli.url}/pets/7`);
    const { code, stdout, stderr } = await cli.exit;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: path.join(out, 'shop-pets.json'),
      requests: 1,
      upstreamFailures: 0,
      interactions: 1,
      pact: 'written',
      stoppedBy: 'max-requests',
    });
    expect(stderr).toContain('+ GET /pets/{id} → 200');
  });

  it.each([
    [['--target', 'ftp://example.com'], '--target must be an http or https URL'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535'],
    [['--pact-version', '5'], '--pact-version must be 3 or 4'],
    [['--max-requests', '0'], '--max-requests must be an integer from 1'],
    [['--consumer', ' '], '--consumer must not be empty'],
  ])('exits 2 for a bad flag %j', async (override, message) => {
    const flags: Record<string, string> = {
      '--target': target.url,
      '--port': '0',
      '--consumer': 'shop',
      '--provider': 'pets',
      '--out': outDir,
    };
    for (let i = 0; i < override.length; i += 2) flags[override[i]!] = override[i + 1]!;
    const io = captureIo();
    expect(await run(['proxy', ...Object.entries(flags).flat()], io)).toBe(2);
    expect(io.stderr).toContain(message);
  });

  it('documents the X-Signet-* request headers and --merge in its help', async () => {
    const io = { ...captureIo(), stdout: '' };
    io.out = (text: string) => void (io.stdout += text);
    expect(await run(['proxy', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('X-Signet-Provider-State: <state>');
    expect(io.stdout).toContain('X-Signet-Interaction: <description>');
    expect(io.stdout).toContain('--merge');
  });

  it('exits 2 saying why when the port is taken', async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const io = captureIo();
      const args = [
        '--target',
        target.url,
        '--port',
        String(port),
        '--consumer',
        'a',
        '--provider',
        'b',
        '--out',
        outDir,
      ];
      expect(await run(['proxy', ...args], io)).toBe(2);
      expect(io.stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
      expect(io.stderr).toContain('EADDRINUSE');
    } finally {
      busy.close();
    }
  });

  it('exits 2 naming a missing required flag', async () => {
    const io = captureIo();
    expect(await run(['proxy', '--target', target.url, '--port', '0'], io)).toBe(2);
    expect(io.stderr).toMatch(/--consumer|--provider|--out/);
  });
});
