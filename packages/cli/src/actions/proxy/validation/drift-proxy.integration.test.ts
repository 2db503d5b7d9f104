import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSpec } from '@signet/core';
import type { FindingCode, ProviderSpec } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../main.js';
import type { Io } from '../../../output/io.js';
import { runProxy, type ProxyRunSummary } from '../run-proxy.js';
import { driftSpec, startDriftingPets, type DriftingPets } from '../testing/drifting-pets.js';
import type { DriftFinding } from './index.js';

const BEARER = { authorization: 'Bearer t0ken' };
const JSON_BODY = { 'content-type': 'application/json' };

let provider: DriftingPets;
let spec: ProviderSpec;
let dir: string;
let specFile: string;

beforeAll(async () => {
  provider = await startDriftingPets();
  spec = await loadSpec(JSON.stringify(driftSpec));
  dir = await mkdtemp(path.join(tmpdir(), 'signet-drift-'));
  specFile = path.join(dir, 'pets.json');
  await writeFile(specFile, JSON.stringify(driftSpec));
});

afterAll(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
});

function bufferIo(): Io & { text: () => string } {
  let text = '';
  return { color: false, out: (t) => void (text += t), err: (t) => void (text += t), text: () => text };
}

interface Sent {
  status: number;
  body: string;
}

/** A validating proxy in front of `target` (not recording), driven by `traffic`, stopped like SIGTERM. */
async function validate(
  traffic: (url: string) => Promise<Sent[]>,
  options: { captureLimit?: number; allowUndeclared?: boolean; target?: string } = {},
): Promise<{ summary: ProxyRunSummary; output: string; answers: Sent[] }> {
  const io = bufferIo();
  const stop = new AbortController();
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const running = runProxy(
    {
      target: new URL(options.target ?? provider.url),
      host: '127.0.0.1',
      port: 0,
      consumer: '',
      provider: '',
      outDir: '',
      pactVersion: 4,
      record: false,
      ...(options.captureLimit !== undefined && { captureLimit: options.captureLimit }),
      validate: {
        spec,
        label: 'pets.json',
        ...(options.allowUndeclared === true && { allowUndeclaredResponseFields: true }),
      },
      onListening: listening,
    },
    io,
    stop.signal,
  );
  try {
    const answers = await traffic(await url);
    stop.abort('SIGTERM');
    return { summary: await running, output: io.text(), answers };
  } finally {
    stop.abort('SIGTERM');
    await running.catch(() => undefined);
  }
}

async function send(url: string, init: RequestInit = {}): Promise<Sent> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.text() };
}

/** The codes found for each drifting exchange, by `METHOD url`. */
function codesOf(summary: ProxyRunSummary): Record<string, FindingCode[]> {
  const codes: Record<string, FindingCode[]> = {};
  for (const verdict of summary.drift?.exchanges ?? [])
    codes[`${verdict.method} ${verdict.url}`] = verdict.findings.map((f: DriftFinding) => f.code);
  return codes;
}

describe('signet proxy --validate against a real provider', () => {
  it('passes answers through unchanged and flags each response that breaks the spec with the comparison code', async () => {
    const ids = [1, 2, 3, 4, 5, 6, 7, 9];
    const { summary, output, answers } = await validate(async (url) => {
      const sent: Sent[] = [];
      for (const id of ids) sent.push(await send(`${url}/pets/${id}`));
      return sent;
    });
    // The client gets the provider's answers, drift and all.
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 418, 200, 200, 404]);
    expect(answers[5]!.body).toBe('Fido');
    expect(codesOf(summary)).toEqual({
      'GET /pets/2': ['response.body.incompatible'],
      'GET /pets/3': ['response.body.incompatible'],
      'GET /pets/4': ['response.header.incompatible'],
      'GET /pets/5': ['response.status.unknown'],
      'GET /pets/6': ['response.content-type.incompatible'],
    });
    expect(summary.drift).toMatchObject({ checked: 8, drifted: 5, requestDrifts: 0, responseDrifts: 5 });
    expect(summary.exitCode).toBe(1);
    expect(output).toContain('✗ GET /pets/2 → 200 (GET /pets/{petId})');
    expect(output).toMatch(/error response\.body\.incompatible \[response body \/id\] .*must be integer/);
    expect(output).toMatch(/error response\.body\.incompatible \[response body \/nickname\]/);
    expect(output).toContain('drift against pets.json: 8 exchange(s) checked, 5 drifted');
    expect(output).toContain('2 × response.body.incompatible: GET /pets/{petId}');
    expect(output).not.toContain('GET /pets/1 →');
    expect(output).not.toContain('GET /pets/7 →');
    expect(summary.pact).toBe('not-recorded');
  });

  it('reads undeclared fields as signet test --allow-undeclared-response-fields does when asked', async () => {
    const { summary } = await validate(async (url) => [await send(`${url}/pets/3`)], {
      allowUndeclared: true,
    });
    expect(summary.drift).toMatchObject({ checked: 1, drifted: 0 });
    expect(summary.exitCode).toBe(0);
  });

  it('flags requests the provider should not have been sent, naming each rule they break', async () => {
    const { summary, answers } = await validate(async (url) => [
      await send(`${url}/pets?limit=abc`),
      await send(`${url}/pets?limit=51`),
      await send(`${url}/pets`, { method: 'POST', headers: JSON_BODY, body: '{"name":"A"}' }),
      await send(`${url}/pets`, {
        method: 'POST',
        headers: { ...BEARER, 'content-type': 'text/plain' },
        body: 'A',
      }),
      await send(`${url}/pets`, { method: 'POST', headers: { ...BEARER, ...JSON_BODY }, body: '{}' }),
      await send(`${url}/pets`, { method: 'POST', headers: { ...BEARER, ...JSON_BODY }, body: '{"name":' }),
      await send(`${url}/pets/abc`),
      await send(`${url}/pets/1`, { method: 'DELETE' }),
      await send(`${url}/owners/1`),
      await send(`${url}/pets`, {
        method: 'POST',
        headers: { ...BEARER, ...JSON_BODY },
        body: '{"name":"A"}',
      }),
      // A browser's CORS preflight is not a call of the API: passed, not judged.
      await send(`${url}/pets`, { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } }),
      // An OPTIONS that is no preflight is judged like any other method.
      await send(`${url}/pets`, { method: 'OPTIONS' }),
    ]);
    // Every request reached the provider: the drift proxy reports, it does not refuse.
    expect(answers.map((a) => a.status)).toEqual([
      200, 200, 201, 201, 201, 201, 404, 404, 404, 201, 404, 404,
    ]);
    const drifts = summary.drift!.exchanges;
    expect(drifts.map((d) => d.findings.filter((f) => f.side === 'request').map((f) => f.code))).toEqual([
      ['request.query.incompatible'],
      ['request.query.incompatible'],
      ['request.authorization.missing'],
      ['request.content-type.incompatible'],
      ['request.body.incompatible'],
      ['request.body.incompatible'],
      ['request.path-or-method.unknown'],
      ['request.path-or-method.unknown'],
      ['request.path-or-method.unknown'],
      ['request.path-or-method.unknown'],
    ]);
    expect(drifts[1]!.findings[0]).toMatchObject({ location: 'query.limit', side: 'request' });
    expect(drifts[4]!.findings[0]!.message).toContain('name');
    expect(drifts[7]!.findings[0]!.message).toContain('allowed: GET');
    // A 404 the spec documents for /pets/{petId} is no response drift; the same on an unknown path is not judged.
    expect(drifts[9]).toMatchObject({ method: 'OPTIONS', url: '/pets' });
    expect(summary.drift).toMatchObject({
      checked: 11,
      drifted: 10,
      requestDrifts: 10,
      responseDrifts: 0,
      preflights: 1,
    });
    expect(summary.exitCode).toBe(1);
  });

  it('says a body larger than what the proxy keeps was not checked, instead of passing it', async () => {
    const { summary } = await validate(
      async (url) => [await send(`${url}/pets/8`), await send(`${url}/pets/1`)],
      {
        captureLimit: 256,
      },
    );
    expect(codesOf(summary)).toEqual({ 'GET /pets/8': ['response.body.unvalidatable'] });
    expect(summary.drift!.exchanges[0]!.findings[0]!.message).toContain('larger than the 256 bytes kept');
    expect(summary.exitCode).toBe(1);
  });

  it('exits 0 when every exchange conforms, 1 when nothing was checked, 4 when the target answered nothing', async () => {
    const clean = await validate(async (url) => [await send(`${url}/pets/1`), await send(`${url}/pets/9`)]);
    expect(clean.summary.drift).toMatchObject({ checked: 2, drifted: 0 });
    expect(clean.summary.exitCode).toBe(0);
    expect(clean.output).toContain('2 exchange(s) checked, 0 drifted');

    const idle = await validate(() => Promise.resolve([]));
    expect(idle.summary.exitCode).toBe(1);

    const gone = await startDriftingPets();
    await gone.close();
    const down = await validate(async (url) => [await send(`${url}/pets/1`)], { target: gone.url });
    expect(down.answers[0]!.status).toBe(502);
    expect(down.summary).toMatchObject({ upstreamFailures: 1, exitCode: 4 });
  });
});

describe('signet proxy --validate on the command line', () => {
  /** Runs the command in-process until --max-requests stops it, sending `paths` once it listens. */
  async function cli(args: string[], paths: string[]): Promise<{ code: number; output: string }> {
    const io = bufferIo();
    const exit = run(['proxy', '--target', provider.url, '--port', '0', ...args], io, { cwd: dir, env: {} });
    let url: string | undefined;
    for (let i = 0; i < 500 && url === undefined; i += 1) {
      url = /listening on (http:\/\/\S+)/.exec(io.text())?.[1];
      if (url === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (url === undefined) throw new Error(`never listened:\n${io.text()}\nexit ${await exit}`);
    for (const p of paths) await send(url + p);
    return { code: await exit, output: io.text() };
  }

  it('exits 1 on drift and writes the drift report; records the pact too with --out', async () => {
    const out = path.join(dir, 'pacts');
    const report = path.join(dir, 'drift.json');
    const { code, output } = await cli(
      ['--validate', 'pets.json', '--drift-report', 'drift.json', '--max-requests', '2'],
      ['/pets/1', '/pets/2'],
    );
    expect(code).toBe(1);
    expect(output).toContain('validating against pets.json');
    const written = JSON.parse(await readFile(report, 'utf8')) as { checked: number; drifted: number };
    expect(written).toMatchObject({ checked: 2, drifted: 1 });

    const recorded = await cli(
      [
        '--validate',
        'pets.json',
        '--out',
        out,
        '--consumer',
        'web',
        '--provider',
        'pets',
        '--max-requests',
        '1',
      ],
      ['/pets/1'],
    );
    expect(recorded.code).toBe(0);
    const pact = JSON.parse(await readFile(path.join(out, 'web-pets.json'), 'utf8')) as {
      interactions: unknown[];
    };
    expect(pact.interactions).toHaveLength(1);
  });

  it('as a real process, prints each drift as it happens and the summary on Ctrl-C, then exits 1', async () => {
    // The built CLI (`npx tsc -b`), as users run it.
    const bin = path.resolve(import.meta.dirname, '../../../../bin/signet.js');
    const child = spawn(process.execPath, [
      bin,
      'proxy',
      '--target',
      provider.url,
      '--port',
      '0',
      '--validate',
      specFile,
    ]);
    try {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      const seen = async (pattern: RegExp): Promise<RegExpExecArray> => {
        for (let i = 0; i < 600; i += 1) {
          const found = pattern.exec(stdout);
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no ${pattern} in:\n${stdout}`);
      };
      const [, url] = await seen(/listening on (http:\/\/\S+)/);
      await send(`${url!}/pets/1`);
      await send(`${url!}/pets/5`);
      await seen(/✗ GET \/pets\/5 → 418/);
      child.kill('SIGINT');
      expect(await exited).toBe(1);
      expect(stdout).toContain('2 exchange(s) checked, 1 drifted');
      expect(stdout).toContain('1 × response.status.unknown: GET /pets/{petId}');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('documents --validate, its exit codes and an example in --help; signet mock --help points to it', async () => {
    const io = bufferIo();
    expect(await run(['proxy', '--help'], io, { cwd: dir, env: {} })).toBe(0);
    expect(io.text()).toContain('--validate [spec]');
    expect(io.text()).toContain('--validate alone takes the spec of --provider from the broker');
    expect(io.text()).toContain('4 the target answered none');
    expect(io.text()).toContain(
      '$ signet proxy --target https://staging.pets.example --port 8080 --validate openapi.yaml',
    );
    const mock = bufferIo();
    expect(await run(['mock', '--help'], mock, { cwd: dir, env: {} })).toBe(0);
    expect(mock.text()).toContain('--validate openapi.yaml');
  });

  it.each([
    [['--validate', 'missing.yaml'], 'cannot read'],
    [['--drift-report', 'x.json', '--out', 'p', '--consumer', 'a', '--provider', 'b'], 'need --validate'],
    [['--validate', 'pets.json', '--out', 'p'], '--consumer is required with --out'],
  ])('exits 2 on bad input %j', async (args, message) => {
    const io = bufferIo();
    expect(
      await run(['proxy', '--target', provider.url, '--port', '0', ...args], io, { cwd: dir, env: {} }),
    ).toBe(2);
    expect(io.text()).toContain(message);
  });
});
