import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import '../../packages/broker/src/testing/provided-context.js';
import { startBrokerProcess, type BrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { accepting, childrenOf, running } from './harness/process-tree.js';

// Process safety: one broker per embedded data directory, and `signet broker` never leaves its broker behind.

const cliBin = fileURLToPath(new URL('../../packages/cli/bin/signet.js', import.meta.url));
/** Generous: the machine may be busy; the polls end as soon as the condition holds. */
const GONE_WITHIN_MS = 60_000;

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** A copy of the run's PGlite template. */
async function dataDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'signet-process-attack-'));
  roots.push(root);
  await cp(inject('pgliteTemplate'), join(root, 'data'), { recursive: true });
  return join(root, 'data');
}

async function environmentNames(broker: BrokerProcess): Promise<string[]> {
  const listed = (await (await fetch(`${broker.api}/environments?limit=100`)).json()) as {
    items: { name: string }[];
  };
  return listed.items.map((item) => item.name).sort();
}

describe('one broker per embedded data directory (PGlite)', () => {
  it('refuses a second broker with exit 2 and the reason; a SIGKILLed holder does not block the next start', async () => {
    const dir = await dataDir();
    const first = await startBrokerProcess(['--data-dir', dir]);
    let second: BrokerProcess | Error | undefined;
    let next: BrokerProcess | undefined;
    try {
      const names = Array.from({ length: 10 }, (_, i) => `env-${i}`);
      for (const name of names) {
        const created = await fetch(`${first.api}/environments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
        expect(created.status).toBe(201);
      }
      second = await startBrokerProcess(['--data-dir', dir]).catch((error: Error) => error);
      expect(second).toBeInstanceOf(Error);
      expect((second as Error).message).toMatch(
        /exited 2 before listening[\s\S]*in use by another signet broker \(pid \d+\)/,
      );

      expect(await first.kill('SIGKILL')).toBeNull();
      next = await startBrokerProcess(['--data-dir', dir]);
      expect(await environmentNames(next)).toEqual(names.sort());
    } finally {
      await first.kill('SIGKILL');
      if (second !== undefined && !(second instanceof Error)) await second.kill('SIGKILL');
      if (next !== undefined && (await next.stop()) === null) await next.kill('SIGKILL');
    }
  }, 180_000);
});

/** `signet broker` in a child process; resolves once its broker says where it listens. */
async function startCli(dir: string) {
  const cli = spawn(process.execPath, [cliBin, 'broker', '--port', '0', '--data-dir', dir], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    cli.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    cli.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (found !== undefined) resolve(found);
    });
    void exited.then(({ code }) =>
      reject(new Error(`signet broker exited ${code} before listening:\n${stderr}`)),
    );
  });
  const brokers = childrenOf(cli.pid!);
  return { cli, url, exited, brokers };
}

describe('signet broker does not outlive its command', () => {
  for (const signal of ['SIGKILL', 'SIGHUP'] as const) {
    it(`stops its broker when the CLI gets ${signal}, freeing the port and the data directory`, async () => {
      const dir = await dataDir();
      const started = await startCli(dir);
      let next: BrokerProcess | undefined;
      try {
        expect(started.brokers, 'the CLI runs the broker in one child process').toHaveLength(1);
        const broker = started.brokers[0]!;
        expect(await accepting(started.url)).toBe(true);
        started.cli.kill(signal);
        const exit = await started.exited;
        if (signal === 'SIGHUP') expect(exit).toEqual({ code: 0, signal: null });
        await expect
          .poll(() => running(broker), {
            timeout: GONE_WITHIN_MS,
            interval: 100,
            message: `broker pid ${broker} still runs ${GONE_WITHIN_MS} ms after its CLI got ${signal}`,
          })
          .toBe(false);
        expect(await accepting(started.url)).toBe(false);
        next = await startBrokerProcess(['--data-dir', dir]);
      } finally {
        started.cli.kill('SIGKILL');
        for (const pid of started.brokers) if (running(pid)) process.kill(pid, 'SIGKILL');
        if (next !== undefined && (await next.stop()) === null) await next.kill('SIGKILL');
      }
    }, 180_000);
  }
});
