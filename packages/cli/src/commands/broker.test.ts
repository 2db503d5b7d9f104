import { spawn } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrokerProcess } from '../actions/start-broker-process.js';
import { run } from '../main.js';
import type { Io } from '../output/io.js';

// The real entry point, as users run it: needs the built dist (`npx tsc -b`, which `npm test` runs first).
const bin = path.resolve(import.meta.dirname, '../../bin/signet.js');

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

describe('signet broker', () => {
  it('runs the installed broker program and passes its usage errors through as exit code 2', async () => {
    // A bad port fails before the database opens, so this exercises the launcher without an initdb.
    expect(await startBrokerProcess(['--port', 'not-a-port'])).toBe(2);
  });

  it('prints its help with the broker options and exits 0', async () => {
    const io = captureIo();
    expect(await run(['broker', '--help'], io)).toBe(0);
    for (const option of ['--port <n>', '--host', '--data-dir', '--database-url', '--insecure-open'])
      expect(io.stdout).toContain(option);
    expect(io.stdout).toContain('SIGNET_ADMIN_TOKEN');
    expect(io.stderr).toBe('');
  });

  it('exits 2 in one line when the port is taken, before the data directory is touched', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    const dir = await mkdtemp(path.join(tmpdir(), 'signet-broker-port-'));
    const dataDir = path.join(dir, 'data');
    const child = spawn(process.execPath, [bin, 'broker', '--port', String(port), '--data-dir', dataDir]);
    try {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(2);
      expect(stderr).toBe(`signet: port ${port} on 127.0.0.1 is already in use\n`);
      await expect(access(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      child.kill('SIGKILL');
      await new Promise<void>((resolve) => busy.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
