import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../../packages/broker/src/testing/provided-context.js';
import { startBrokerProcess, type BrokerProcess } from '../../packages/broker/src/testing/broker-process.js';
import { startAttackBroker, type AttackBroker } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
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

/** Reads the stream until `done(text)` holds or it ends; fails after `ms`. */
async function readStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  ms: number,
): Promise<{ text: string; ended: boolean }> {
  const decoder = new TextDecoder();
  let text = '';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`stream gave no answer in ${ms} ms; so far:\n${text}`)), ms);
  });
  try {
    while (!done(text)) {
      const chunk = await Promise.race([reader.read(), timeout]);
      if (chunk.done) return { text, ended: true };
      text += decoder.decode(chunk.value, { stream: true });
    }
    return { text, ended: false };
  } finally {
    clearTimeout(timer);
  }
}

describeOnBackends('tokens: revoked streams and guessed credentials', (backend) => {
  let broker: AttackBroker;
  beforeAll(async () => {
    broker = await startAttackBroker(backend, { env: { SIGNET_AUTH_FAILURE_LIMIT: '1/3' } });
  }, 120_000);
  afterAll(() => broker?.close());

  it('ends an open event stream once its token is revoked', async () => {
    const created = await broker.api('admin', 'POST', '/tokens', { name: 'stream-reader', role: 'read' });
    expect(created.status).toBe(201);
    const { id, token } = created.json as { id: number; token: string };
    const response = await fetch(`${broker.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    try {
      await readStream(reader, (text) => text.includes(': connected'), 30_000);
      // Live while the token is: an event arrives.
      expect((await broker.api('admin', 'POST', '/environments', { name: 'stream-check' })).status).toBe(201);
      const before = await readStream(reader, (text) => text.includes('environment.created'), 30_000);
      expect(before.ended).toBe(false);
      expect((await broker.api('admin', 'DELETE', `/tokens/${id}`)).status).toBe(204);
      const after = await readStream(reader, () => false, GONE_WITHIN_MS);
      expect(after.ended, 'the stream ends after its token is revoked').toBe(true);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }, 120_000);

  it('limits failed authentications per client address: 429 with Retry-After, right tokens included', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const answer = await broker.send('none', {
        method: 'GET',
        target: '/api/v1/services',
        headers: { authorization: `Bearer sgt_guess_${i}` },
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const right = await broker.api('admin', 'GET', '/services');
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.json).toMatchObject({ status: 429, code: 'rate-limited' });
  }, 60_000);
});
