import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecording } from './testing/recording-session.js';

/** A port nothing listens on: bound once by a real server, then closed. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('signet proxy, a target that does not answer', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'signet-proxy-upstream-'));
  });
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('answers 502, logs a line per failed request, and counts it toward --max-requests', async () => {
    const port = await closedPort();
    const session = await startRecording({
      target: new URL(`http://127.0.0.1:${port}`),
      outDir: path.join(outDir, 'down'),
      maxRequests: 2,
    });
    try {
      const first = await fetch(`${session.url}/pets/1`);
      expect(first.status).toBe(502);
      await first.arrayBuffer();
      const second = await fetch(`${session.url}/owners?limit=2`, { method: 'POST', body: '{}' });
      expect(second.status).toBe(502);
      await second.arrayBuffer();
      // Two requests were asked for and two failed: the run stops by itself.
      const summary = await session.done;
      expect(summary).toMatchObject({ stoppedBy: 'max-requests', requests: 2, upstreamFailures: 2 });
      expect(summary.interactions).toBe(0);
      const lines = session.stderr().trimEnd().split('\n');
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^  ! GET /pets/1: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`)),
        expect.stringMatching(/^ {2}! POST \/owners\?limit=2: .*ECONNREFUSED/),
      ]);
      expect(session.stdout()).toContain('2 request(s) (2 unanswered by the target)');
    } finally {
      await session.stop();
    }
  });

  it('reports a request the target closes the connection on without answering', async () => {
    const target = http.createServer((req) => req.socket.end());
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const session = await startRecording({
      target: new URL(`http://127.0.0.1:${(target.address() as AddressInfo).port}`),
      outDir: path.join(outDir, 'hangs-up'),
    });
    try {
      await expect(fetch(`${session.url}/pets/9`)).rejects.toThrow();
      const summary = await session.stop();
      expect(summary).toMatchObject({ requests: 1, upstreamFailures: 1, interactions: 0 });
      expect(session.stderr()).toMatch(/^ {2}! GET \/pets\/9: .*closed the connection without answering/m);
      const written = JSON.parse(await readFile(summary.file, 'utf8')) as { interactions: unknown[] };
      expect(written.interactions).toEqual([]);
    } finally {
      await session.stop();
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });
});
