import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseContract, type HttpInteraction } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPetsTarget, type PetsTarget } from './testing/pets-target.js';
import { startRecording } from './testing/recording-session.js';

interface Written {
  interactions: Array<{ description: string; providerStates?: Array<{ name: string }> }>;
}

describe('signet proxy, X-Signet-* headers and headers that are not part of a contract', () => {
  let target: PetsTarget;
  let outDir: string;
  let written: Written;
  let http: HttpInteraction[];

  beforeAll(async () => {
    target = await startPetsTarget();
    outDir = await mkdtemp(path.join(tmpdir(), 'signet-proxy-directives-'));
    const session = await startRecording({ target: new URL(target.url), outDir });
    try {
      const get = (url: string, headers: Record<string, string> = {}) =>
        fetch(session.url + url, { headers }).then((res) => res.arrayBuffer());
      await get('/pets/1', { 'X-Signet-Provider-State': 'pet 1 exists' });
      await get('/pets/2', { 'x-signet-provider-state': 'pet 1 exists' });
      await get('/pets/1', { 'X-Signet-Provider-State': 'pet 1 is sold, and adopted' });
      await get('/pets/404', {
        'X-Signet-Provider-State': 'no pets',
        'X-Signet-Interaction': 'a request for a missing pet',
      });
      await get('/pets?limit=1', {
        accept: '*/*',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        tracestate: 'congo=t61rcWkgMzE',
        'x-request-id': 'req-1',
        'x-b3-traceid': '80f198ee56343ba864fe8b2a57d3eff7',
        'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678',
        'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1',
        'sentry-trace': '771a43a4192642f0b136d5159a501700-0000000000000000-1',
        baggage: 'userId=alice',
        'x-tenant': 'acme',
      });
      await get('/owners/7', { accept: 'application/json' });
    } finally {
      await session.stop();
    }
    const text = await readFile(path.join(outDir, 'web-pets.json'), 'utf8');
    written = JSON.parse(text) as Written;
    http = parseContract(text).interactions.filter((i) => i.kind === 'http');
  });
  afterAll(async () => {
    await target.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('strips the X-Signet-* headers before forwarding', () => {
    expect(target.received.length).toBeGreaterThanOrEqual(6);
    for (const { headers } of target.received) {
      expect(Object.keys(headers).filter((name) => name.startsWith('x-signet-'))).toEqual([]);
    }
  });

  it('writes the provider state and the named description, and keeps interactions apart by state', () => {
    expect(written.interactions.map((i) => [i.description, i.providerStates?.map((s) => s.name)])).toEqual([
      ['GET /pets/{id} → 200', ['pet 1 exists']],
      ['GET /pets/{id} → 200', ['pet 1 is sold, and adopted']],
      ['a request for a missing pet', ['no pets']],
      ['GET /pets?limit → 200', undefined],
      ['GET /owners/{id} → 200', undefined],
    ]);
  });

  it('never records the X-Signet-* headers themselves', () => {
    expect(JSON.stringify(written)).not.toMatch(/x-signet-/i);
  });

  it('drops accept: */* and tracing headers, keeping a real accept and custom headers', () => {
    const list = http.find((i) => i.description === 'GET /pets?limit → 200');
    expect(Object.keys(list?.request.headers ?? {})).toEqual(['x-tenant']);
    const owner = http.find((i) => i.description === 'GET /owners/{id} → 200');
    expect(owner?.request.headers).toEqual({ accept: ['application/json'] });
  });
});
