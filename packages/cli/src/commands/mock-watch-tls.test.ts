import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockPetsSpec } from '../actions/mock/testing/mock-pets-spec.js';
import { run } from '../main.js';
import { captureIo, scratchDir } from '../testing/cli-run.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await scratchDir()));
afterEach(() => remove());

type Captured = ReturnType<typeof captureIo>;

/** Runs `signet mock` in-process until it listens, hands `use` its URL and output, then SIGTERM whatever happened. */
async function withMock(argv: string[], use: (url: string, io: Captured) => Promise<void>) {
  const io = captureIo();
  const running = run(['mock', '--port', '0', ...argv], io, { cwd: dir, env: {} });
  let url: string | undefined;
  let ended = false;
  void running.finally(() => (ended = true));
  while (url === undefined && !ended) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    url = /listening on (https?:\/\/\S+?),/.exec(io.stdout)?.[1];
  }
  try {
    if (url === undefined) throw new Error(`signet mock did not start: ${io.stderr}`);
    await use(url, io);
  } finally {
    if (!ended) process.emit('SIGTERM', 'SIGTERM');
  }
  return { code: await running, stdout: io.stdout, stderr: io.stderr };
}

/** Waits (bounded by the test's timeout) until `text` appears in what `read` returns. */
async function until(read: () => string, text: string): Promise<void> {
  while (!read().includes(text)) await new Promise((resolve) => setTimeout(resolve, 20));
}

const withOwners = {
  ...mockPetsSpec,
  paths: { ...mockPetsSpec.paths, '/owners': { get: { responses: { '204': { description: 'none' } } } } },
};

describe('signet mock --watch, HTTPS', () => {
  it('--watch reloads the spec on change; a bad edit keeps the last good one and says why', async () => {
    const spec = path.join(dir, 'openapi.json');
    await writeFile(spec, JSON.stringify(mockPetsSpec));
    const result = await withMock(['--spec', spec, '--watch'], async (url, io) => {
      expect((await fetch(`${url}/owners`)).status).toBe(404);
      await writeFile(spec, JSON.stringify(withOwners));
      await until(() => io.stdout, `reloaded ${spec}`);
      expect((await fetch(`${url}/owners`)).status).toBe(204);
      await writeFile(spec, '{"openapi": "3.1.0", "paths": ');
      await until(() => io.stderr, 'kept the last good spec');
      expect((await fetch(`${url}/owners`)).status).toBe(204);
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`kept the last good spec: invalid spec ${spec}`);
  });

  it('serves HTTPS with --tls-cert and --tls-key', async () => {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    // openssl runs to completion here; no process outlives the call.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const spec = path.join(dir, 'openapi.json');
    await writeFile(spec, JSON.stringify(mockPetsSpec));
    const ca = await readFile(cert);
    const result = await withMock(['--spec', spec, '--tls-cert', cert, '--tls-key', key], async (url) => {
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const status = await new Promise<number>((resolve, reject) => {
        https
          .get(`${url}/pets/1`, { ca }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          })
          .on('error', reject);
      });
      expect(status).toBe(200);
    });
    expect(result.code).toBe(0);
  });

  it('refuses half a TLS configuration', async () => {
    const io = captureIo();
    const code = await run(['mock', '--spec', 'x.json', '--tls-cert', 'c.pem'], io, { cwd: dir, env: {} });
    expect(code).toBe(2);
    expect(io.stderr).toContain('give both --tls-cert and --tls-key, or neither');
  });
});
