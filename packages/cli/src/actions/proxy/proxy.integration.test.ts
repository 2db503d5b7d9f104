import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compare, loadSpec, parseContract } from '@signet/core';
import type { Contract, HttpInteraction } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../output/io.js';
import { runProxy, type ProxyRunSummary } from './run-proxy.js';
import { petsSpec } from './testing/pets-spec.js';
import { blobBytes, startPetsTarget, type PetsTarget } from './testing/pets-target.js';

const BEARER = 'Bearer s3cr3t-bearer-0123456789abcdef';
const API_KEY = 'k3y-0123456789abcdefXYZ';
const sha256 = (bytes: Buffer | ArrayBuffer): string =>
  createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest('hex');

function quietIo(): Io & { stdout: string } {
  const io = {
    stdout: '',
    color: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stdout += t),
  };
  return io;
}

interface Recording {
  summary: ProxyRunSummary;
  text: string;
  contract: Contract;
  output: string;
}

/** Runs the real proxy against `target`, lets `traffic` drive it over real sockets, then stops it like SIGTERM. */
async function record(
  target: PetsTarget,
  outDir: string,
  pactVersion: 3 | 4,
  traffic: (proxyUrl: string) => Promise<void>,
): Promise<Recording> {
  const io = quietIo();
  const stop = new AbortController();
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const options = {
    target: new URL(target.url),
    host: '127.0.0.1',
    port: 0,
    consumer: 'web',
    provider: 'pets',
    outDir,
    pactVersion,
  };
  const running = runProxy({ ...options, onListening: listening }, io, stop.signal);
  await traffic(await url);
  stop.abort('SIGTERM');
  const summary = await running;
  const text = await readFile(summary.file, 'utf8');
  return { summary, text, contract: parseContract(text), output: io.stdout };
}

const byDescription = (contract: Contract, description: string): HttpInteraction => {
  const found = contract.interactions.find((i) => i.description === description);
  if (found?.kind !== 'http')
    throw new Error(
      `no interaction '${description}' in ${contract.interactions.map((i) => i.description).join(', ')}`,
    );
  return found;
};

describe('signet proxy, recording real traffic to a conforming provider', () => {
  let target: PetsTarget;
  let outDir: string;
  let v4: Recording;
  const seen: Record<string, unknown> = {};

  beforeAll(async () => {
    target = await startPetsTarget();
    outDir = await mkdtemp(path.join(tmpdir(), 'signet-proxy-'));
    const blob = blobBytes(5 * 1024 * 1024);
    v4 = await record(target, outDir, 4, async (proxy) => {
      const get = (url: string, headers: Record<string, string> = {}) => fetch(proxy + url, { headers });
      seen.list = await (
        await get('/pets?limit=3', { 'x-client-version': '1.4.2', 'x-request-id': crypto.randomUUID() })
      ).json();
      await get('/pets?limit=5', { 'x-client-version': '1.4.2' });
      await get('/pets?status=sold');
      await get('/pets/1');
      seen.pet2 = await (await get('/pets/2')).json();
      await get('/pets/404');
      seen.owner = await get(`/owners/${crypto.randomUUID()}`, { 'x-api-key': API_KEY });
      await get('/events?since=2024-05-01T10%3A00%3A00Z');
      const created = await fetch(`${proxy}/pets`, {
        method: 'POST',
        headers: {
          authorization: BEARER,
          'content-type': 'application/json',
          cookie: 'session=c00kie-s3cr3t-value',
        },
        body: JSON.stringify({ name: 'Rex', tags: ['good'] }),
      });
      seen.createdStatus = created.status;
      await fetch(`${proxy}/pets`, {
        method: 'POST',
        headers: { authorization: BEARER, 'content-type': 'application/json' },
        body: '{"name":"Tom"}',
      });
      const note = await fetch(`${proxy}/notes/12`, {
        method: 'PUT',
        headers: { 'content-type': 'text/plain' },
        body: 'buy food',
      });
      seen.note = await note.text();
      const adoption = await fetch(`${proxy}/adoptions`, {
        method: 'POST',
        body: new URLSearchParams({ petId: '42', adopter: 'ada' }),
      });
      seen.adoption = await adoption.json();
      const upload = await fetch(`${proxy}/blobs/9`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: blob,
      });
      seen.upload = await upload.json();
      const download = await fetch(`${proxy}/blobs/9`);
      seen.downloadHash = sha256(await download.arrayBuffer());
      seen.downloadHeaders = Object.fromEntries(download.headers);
    });
  });

  afterAll(async () => {
    await target.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('passes requests and answers through unchanged, a 5 MB body included both ways', () => {
    expect(seen.upload).toEqual({ size: 5 * 1024 * 1024, sha256: sha256(blobBytes(5 * 1024 * 1024)) });
    expect(seen.downloadHash).toBe(sha256(blobBytes(5 * 1024 * 1024)));
    expect(seen.downloadHeaders).toMatchObject({ 'x-served-by': 'pets-target', 'set-cookie': 'trace=xyz' });
    expect(seen.note).toBe('stored: buy food');
    expect(seen.createdStatus).toBe(201);
    expect((seen.list as unknown[]).length).toBe(3);
    const post = target.received.find((r) => r.method === 'POST' && r.url === '/pets');
    expect(post?.headers.authorization).toBe(BEARER);
    expect(post?.headers.cookie).toBe('session=c00kie-s3cr3t-value');
  });

  it('writes one interaction per distinct method, path, query, body shape and status', () => {
    expect(v4.summary.requests).toBe(14);
    expect(v4.contract.interactions.map((i) => i.description).sort()).toEqual([
      'GET /blobs/{id} → 200',
      'GET /events?since → 200',
      'GET /owners/{uuid} → 200',
      'GET /pets/{id} → 200',
      'GET /pets/{id} → 404',
      'GET /pets?limit → 200',
      'GET /pets?status → 200',
      'POST /adoptions → 201',
      'POST /pets → 201',
      // The second POST sends another body shape (no tags): a distinct interaction, suffixed.
      'POST /pets → 201 (2)',
      'PUT /blobs/{id} → 200',
      'PUT /notes/{id} → 200',
    ]);
    expect(v4.output).toContain('  + GET /pets/{id} → 404\n');
    expect(v4.output).toMatch(/stopped \(SIGTERM\): 14 request\(s\), 12 distinct interaction\(s\)/);
  });

  it('is a valid Pact v4 file named <consumer>-<provider>.json', () => {
    const doc = JSON.parse(v4.text) as {
      metadata: { pactSpecification: { version: string } };
      interactions: Array<{ type: string }>;
    };
    expect(doc.metadata.pactSpecification.version).toBe('4.0');
    expect(doc.interactions.every((i) => i.type === 'Synchronous/HTTP')).toBe(true);
    expect(v4.contract.pactVersion).toBe('4');
    expect(path.basename(v4.summary.file)).toBe('web-pets.json');
  });

  it('is compatible with the provider spec', async () => {
    const result = compare(await loadSpec(petsSpec), v4.contract);
    expect(result.findings.filter((f) => f.type === 'error')).toEqual([]);
    expect(result.compatible).toBe(true);
  });

  it('gives volatile values matching rules instead of exact values', () => {
    const pet = byDescription(v4.contract, 'GET /pets/{id} → 200');
    expect(pet.request.matchingRules.path?.['']?.matchers[0]).toMatchObject({ match: 'regex' });
    const body = pet.response.matchingRules.body ?? {};
    expect(body['$.id']?.matchers).toEqual([{ match: 'integer' }]);
    expect(body['$.uuid']?.matchers[0]?.match).toBe('regex');
    expect(body['$.createdAt']?.matchers[0]?.match).toBe('regex');
    expect(body['$.birthday']?.matchers[0]?.match).toBe('regex');
    expect(body['$.weight']?.matchers).toEqual([{ match: 'number' }]);
    expect(body['$.owner.id']?.matchers[0]?.match).toBe('regex');
    expect(body['$.name']).toBeUndefined();

    const list = byDescription(v4.contract, 'GET /pets?limit → 200');
    expect(list.request.matchingRules.query?.limit?.matchers[0]).toMatchObject({ match: 'regex' });
    expect(list.response.matchingRules.body?.['$']?.matchers).toEqual([{ match: 'type', min: 1 }]);
    expect(list.response.matchingRules.body?.['$[*].uuid']?.matchers[0]?.match).toBe('regex');

    const events = byDescription(v4.contract, 'GET /events?since → 200');
    expect(events.request.query.since).toEqual(['2024-05-01T10:00:00Z']);
    expect(events.request.matchingRules.query?.since?.matchers[0]?.match).toBe('regex');

    const adoption = byDescription(v4.contract, 'POST /adoptions → 201');
    expect(adoption.request.body).toMatchObject({ kind: 'text', text: 'petId=42&adopter=ada' });
    expect(adoption.request.matchingRules.body?.['$.petId']?.matchers[0]?.match).toBe('regex');
    expect(adoption.response.matchingRules.body?.['$.receipt']?.matchers).toEqual([{ match: 'type' }]);
  });

  it('keeps text bodies as text and describes bodies too large to keep by content type', () => {
    const note = byDescription(v4.contract, 'PUT /notes/{id} → 200');
    expect(note.request.body).toMatchObject({ kind: 'text', text: 'buy food' });
    expect(note.response.body).toMatchObject({ kind: 'text', text: 'stored: buy food' });
    const upload = byDescription(v4.contract, 'PUT /blobs/{id} → 200');
    expect(upload.request.body).toMatchObject({ kind: 'binary', base64: '' });
    expect(upload.request.matchingRules.body?.['$']?.matchers).toEqual([
      { match: 'contentType', value: 'application/octet-stream' },
    ]);
    expect(upload.comments).toEqual({
      text: [expect.stringContaining('5242880-byte application/octet-stream body not kept')],
    });
    expect(v4.text.length).toBeLessThan(100_000);
  });

  it('keeps only headers that matter and never writes a secret', () => {
    expect(v4.text).not.toContain('s3cr3t');
    expect(v4.text).not.toContain(API_KEY);
    expect(v4.text).not.toContain('c00kie');
    const create = byDescription(v4.contract, 'POST /pets → 201');
    expect(create.request.headers.authorization).toEqual(['Bearer REDACTED']);
    expect(create.request.headers.cookie).toEqual(['session=REDACTED']);
    expect(create.request.matchingRules.header?.authorization?.matchers[0]).toMatchObject({ match: 'regex' });
    expect(byDescription(v4.contract, 'GET /owners/{uuid} → 200').request.headers['x-api-key']).toEqual([
      'REDACTED',
    ]);
    const list = byDescription(v4.contract, 'GET /pets?limit → 200');
    // fetch's default `accept: */*` promises nothing, so it is not written.
    expect(Object.keys(list.request.headers).sort()).toEqual(['x-client-version']);
    expect(Object.keys(list.response.headers)).toEqual(['content-type']);
  });

  it('writes Pact v3 with --pact-version 3, also compatible', async () => {
    const v3Dir = path.join(outDir, 'v3');
    const v3 = await record(target, v3Dir, 3, async (proxy) => {
      await fetch(`${proxy}/pets/3`);
      await fetch(`${proxy}/pets`, {
        method: 'POST',
        headers: { authorization: BEARER, 'content-type': 'application/json' },
        body: '{"name":"Kit"}',
      });
      await fetch(`${proxy}/notes/1`, {
        method: 'PUT',
        headers: { 'content-type': 'text/plain' },
        body: 'hello',
      });
    });
    expect(
      (JSON.parse(v3.text) as { metadata: { pactSpecification: { version: string } } }).metadata
        .pactSpecification.version,
    ).toBe('3.0.0');
    expect(v3.contract.pactVersion).toBe('3');
    expect(v3.contract.interactions).toHaveLength(3);
    expect(v3.text).not.toContain('s3cr3t');
    expect(
      byDescription(v3.contract, 'GET /pets/{id} → 200').response.matchingRules.body?.['$.id']?.matchers,
    ).toEqual([{ match: 'integer' }]);
    expect(compare(await loadSpec(petsSpec), v3.contract).compatible).toBe(true);
  });
});
