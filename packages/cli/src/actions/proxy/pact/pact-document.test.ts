import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseContract } from '@signet/core';
import { describe, expect, it } from 'vitest';
import { pactDocument, pactFileName, writePactFile } from './pact-document.js';
import type { RecordedInteraction } from '../recording/index.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]).toString('base64');
const interactions: RecordedInteraction[] = [
  {
    description: 'PUT /pets/{id}/photo → 200',
    providerStates: ['pet 7 exists'],
    key: 'k1',
    request: {
      method: 'PUT',
      path: '/pets/7/photo',
      query: { size: ['large'] },
      headers: { 'content-type': 'image/png', authorization: 'Bearer REDACTED' },
      body: { kind: 'binary', base64: png, contentType: 'image/png' },
      rules: {
        path: [{ match: 'regex', regex: '^/pets/-?\\d+/photo$' }],
        query: {},
        header: { authorization: [{ match: 'regex', regex: '^Bearer .+$' }] },
        body: {},
      },
    },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { kind: 'json', value: { id: 7, tags: ['a'] }, contentType: 'application/json' },
      rules: { header: {}, body: { '$.id': [{ match: 'integer' }] } },
    },
    notes: ['a note'],
  },
  {
    description: 'DELETE /pets → 204',
    providerStates: [],
    key: 'k2',
    request: {
      method: 'DELETE',
      path: '/pets',
      query: {},
      headers: {},
      rules: { query: {}, header: {}, body: {} },
    },
    response: { status: 204, headers: {}, rules: { header: {}, body: {} } },
    notes: [],
  },
];
const input = { consumer: 'web', provider: 'pets', interactions };

describe('pactDocument', () => {
  it('writes v4 that parses back to the same requests, responses and rules', () => {
    const contract = parseContract(pactDocument(input, 4));
    expect(contract.pactVersion).toBe('4');
    const [first, second] = contract.interactions;
    if (first?.kind !== 'http' || second?.kind !== 'http') throw new Error('expected HTTP interactions');
    expect(first.request.body).toEqual({ kind: 'binary', base64: png, contentType: 'image/png' });
    expect(first.request.query).toEqual({ size: ['large'] });
    expect(first.request.matchingRules.path?.['']?.matchers).toEqual([
      { match: 'regex', regex: '^/pets/-?\\d+/photo$' },
    ]);
    expect(first.request.matchingRules.header?.authorization?.matchers[0]?.match).toBe('regex');
    expect(first.response.body).toEqual({
      kind: 'json',
      value: { id: 7, tags: ['a'] },
      contentType: 'application/json',
    });
    expect(first.response.matchingRules.body?.['$.id']?.matchers).toEqual([{ match: 'integer' }]);
    expect(first.comments).toEqual({ text: ['a note'] });
    expect(second.request.body).toEqual({ kind: 'absent' });
    expect(second.response.status).toBe(204);
  });

  it('writes v3 with string header values and base64 binary bodies', () => {
    const doc = pactDocument(input, 3) as {
      interactions: Array<{ request: { headers: Record<string, unknown>; body: unknown } }>;
    };
    expect(doc.interactions[0]?.request.headers['content-type']).toBe('image/png');
    expect(doc.interactions[0]?.request.body).toBe(png);
    const contract = parseContract(doc);
    expect(contract.pactVersion).toBe('3');
    const first = contract.interactions[0];
    if (first?.kind !== 'http') throw new Error('expected an HTTP interaction');
    expect(first.response.matchingRules.body?.['$.id']?.matchers).toEqual([{ match: 'integer' }]);
    expect(first.request.matchingRules.path?.['']?.matchers[0]?.match).toBe('regex');
  });
});

describe('writePactFile', () => {
  it('creates the directory and writes <consumer>-<provider>.json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'signet-pact-'));
    try {
      const file = await writePactFile(path.join(dir, 'nested'), input, 4);
      expect(file).toBe(path.join(dir, 'nested', 'web-pets.json'));
      expect(parseContract(await readFile(file, 'utf8')).interactions).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('makes names safe for a file name', () => {
    expect(pactFileName('my app', 'a/b')).toBe('my_app-a_b.json');
  });
});
