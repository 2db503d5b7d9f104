import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBrokerProcess, type BrokerProcess } from '@signet/broker/testing';
import { startAttackBroker, type AttackBroker } from './harness/attack-broker.js';
import { describeOnBackends } from './harness/backends.js';
import { accepting, childrenOf, running } from './harness/process-tree.js';
import { storedData } from './harness/stored-data.js';

// Real broker processes: one broker per embedded data directory; `signet broker` never leaves its broker
// behind; revoked tokens lose their streams and guessing tokens is throttled; webhook credentials never show.

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

// Webhook credentials never show in either API's renderings of a webhook or of its delivery attempts, an
// edit that sends the shown (redacted) values back keeps the stored ones, and header values no request can
// carry are refused when the webhook is written.

const secrets = {
  urlPassword: 'url-password-0sekrit',
  urlToken: 'url-token-0sekrit',
  authorization: 'Bearer header-auth-0sekrit',
  cookie: 'session=cookie-0sekrit',
  apiKey: 'api-key-0sekrit',
  signing: 'signing-secret-0sekrit',
  redirectPassword: 'redirect-password-0sekrit',
  redirectToken: 'redirect-token-0sekrit',
};
const shows = (text: string) => Object.values(secrets).filter((secret) => text.includes(secret));

describeOnBackends('webhook secrets', (backend) => {
  let broker: AttackBroker;
  let receiver: Server;
  let receiverUrl: string;
  const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  beforeAll(async () => {
    // Every call is answered with a redirect whose location carries credentials (redirects are not followed).
    receiver = createServer((request, response) => {
      received.push({ url: request.url ?? '', headers: request.headers });
      response.writeHead(302, {
        location: `http://someone:${secrets.redirectPassword}@127.0.0.1/next?token=${secrets.redirectToken}`,
      });
      response.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    broker = await startAttackBroker(backend, { env: { SIGNET_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
  }, 120_000);
  afterAll(async () => {
    await broker?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const hookUrl = () =>
    `${receiverUrl.replace('//', `//hooker:${secrets.urlPassword}@`)}/hook?access_token=${secrets.urlToken}&build=7`;
  const headers = {
    Authorization: secrets.authorization,
    Cookie: secrets.cookie,
    'X-Api-Key': secrets.apiKey,
  };
  const pact = (method: string, target: string, body?: unknown) =>
    broker.send('admin', {
      method,
      target,
      headers: {
        accept: 'application/hal+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('shows no credential in any rendering of a webhook or of its attempts, in either API', async () => {
    const signet = await broker.api('admin', 'POST', '/webhooks', {
      events: ['spec.published'],
      url: hookUrl(),
      headers,
      secret: secrets.signing,
      description: 'signet-made',
    });
    expect(signet.status, signet.body).toBe(201);
    const pactMade = await pact('POST', '/webhooks', {
      description: 'pact-made',
      events: [{ name: 'contract_content_changed' }],
      request: { method: 'POST', url: hookUrl(), headers },
    });
    expect(pactMade.status, pactMade.body).toBe(201);
    const listed = await broker.api('admin', 'GET', '/webhooks');
    // /api/v1 names webhooks by number, the Pact API by uuid (and still accepts the number).
    const pactMadeId = (listed.json as { items: Array<{ id: number; description?: string }> }).items.find(
      (webhook) => webhook.description === 'pact-made',
    )?.id;
    const ids = [
      { id: (signet.json as { id: number }).id, pactId: String((signet.json as { id: number }).id) },
      { id: pactMadeId, pactId: (pactMade.json as { uuid: string }).uuid },
    ];

    const answers = [signet, pactMade, listed, await pact('GET', '/webhooks')];
    for (const { id, pactId } of ids) {
      expect(id).toBeTypeOf('number');
      answers.push(
        await broker.api('admin', 'GET', `/webhooks/${id}`),
        await pact('GET', `/webhooks/${pactId}`),
      );
      const tested = await broker.api('admin', 'POST', `/webhooks/${id}/test`);
      expect(tested.status).toBe(200);
      expect((tested.json as { log: Array<{ error: string }> }).log[0]!.error).toContain(
        'redirect to http://[redacted]@127.0.0.1/next?token=[redacted] not followed',
      );
      const executed = await pact('POST', `/webhooks/${pactId}/execute`);
      expect(executed.status).toBe(200);
      const deliveries = await broker.api('admin', 'GET', `/webhooks/${id}/deliveries`);
      answers.push(tested, executed, deliveries);
      for (const { id: delivery } of (deliveries.json as { items: { id: number }[] }).items)
        answers.push(await broker.api('admin', 'GET', `/webhooks/${id}/deliveries/${delivery}`));
    }
    for (const answer of answers) expect(shows(answer.body), answer.body).toEqual([]);
    // The receiver did get the real credentials.
    expect(received.length).toBeGreaterThanOrEqual(4);
    expect(received[0]!.url).toBe(`/hook?access_token=${secrets.urlToken}&build=7`);
    expect(received[0]!.headers['authorization']).toBe(secrets.authorization);
    expect(received[0]!.headers['x-api-key']).toBe(secrets.apiKey);
  });

  it('keeps the stored credentials when an edit sends back what the API showed', async () => {
    const created = await broker.api('admin', 'POST', '/webhooks', {
      events: ['spec.published'],
      url: hookUrl(),
      headers,
    });
    const shown = created.json as { id: number; url: string; headers: Record<string, string> };
    expect(shown.url).toContain('[redacted]');
    const edited = await broker.api('admin', 'PATCH', `/webhooks/${shown.id}`, {
      url: shown.url.replace('build=7', 'build=8'),
      headers: shown.headers,
    });
    expect(edited.status, edited.body).toBe(200);
    const pactEdited = await pact('PUT', `/webhooks/${shown.id}`, {
      events: [{ name: 'contract_content_changed' }],
      request: { method: 'POST', url: (edited.json as { url: string }).url, headers: shown.headers },
    });
    expect(pactEdited.status, pactEdited.body).toBe(200);
    received.length = 0;
    expect((await broker.api('admin', 'POST', `/webhooks/${shown.id}/test`)).status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe(`/hook?access_token=${secrets.urlToken}&build=8`);
    expect(received[0]!.headers['authorization']).toBe(secrets.authorization);
    expect(received[0]!.headers['cookie']).toBe(secrets.cookie);
  });

  it('refuses header values with CR, LF or other control characters, and names that are not tokens, in both APIs', async () => {
    const existing = (
      await broker.api('admin', 'POST', '/webhooks', { events: ['spec.published'], url: hookUrl() })
    ).json as { id: number };
    const before = await storedData(broker);
    const wrong: string[] = [];
    for (const [name, value] of [
      ['X-Trace', 'a\r\nX-Injected: yes'],
      ['X-Trace', 'a\nb'],
      ['X-Trace', 'bell\u0007'],
      ['Bad Name', 'v'],
      ['X-A\r\nB', 'v'],
    ]) {
      const hdrs = { [name!]: value! };
      const request = { method: 'POST', url: hookUrl(), headers: hdrs };
      for (const answer of [
        await broker.api('admin', 'POST', '/webhooks', {
          events: ['spec.published'],
          url: hookUrl(),
          headers: hdrs,
        }),
        await broker.api('admin', 'PATCH', `/webhooks/${existing.id}`, { headers: hdrs }),
        await pact('POST', '/webhooks', { events: [{ name: 'contract_content_changed' }], request }),
        await pact('PUT', `/webhooks/${existing.id}`, {
          events: [{ name: 'contract_content_changed' }],
          request,
        }),
      ])
        if (answer.status !== 400)
          wrong.push(`${JSON.stringify(hdrs)}: ${answer.status} ${answer.body.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
    expect(await storedData(broker)).toBe(before);
  });
});
