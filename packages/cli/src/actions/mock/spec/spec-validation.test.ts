import { loadSpec } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../http/mock-server.js';
import { send, startTestMock } from '../testing/mock-harness.js';
import { mockPetsSpec } from '../testing/mock-pets-spec.js';
import { specResponder } from './spec-responder.js';

interface ProblemBody {
  type: string;
  status: number;
  violations?: Array<{ location: string; message: string }>;
}

let mock: MockServer;
beforeAll(async () => {
  mock = await startTestMock(specResponder(await loadSpec(mockPetsSpec), { seed: 1, dynamic: false }));
});
afterAll(() => mock.close());

/** Sends a request expecting problem+json and returns its status and violation locations. */
async function refused(path: string, init: RequestInit = {}): Promise<{ status: number; at: string[] }> {
  const answer = await send(mock.url + path, init);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  const problem = answer.json as ProblemBody;
  expect(problem.status).toBe(answer.status);
  return { status: answer.status, at: (problem.violations ?? []).map((v) => v.location) };
}

const pet = JSON.stringify({ id: 3, name: 'Kit' });
const json = { 'content-type': 'application/json' };

describe('signet mock --spec: request validation', () => {
  it('answers a valid request, with and without the servers base path', async () => {
    expect((await send(`${mock.url}/pets?limit=5&tags=cat`)).status).toBe(200);
    expect((await send(`${mock.url}/v1/pets?limit=5`)).status).toBe(200);
  });

  it('404 for an unknown path, 405 with Allow for another method', async () => {
    expect((await refused('/owners')).status).toBe(404);
    const wrong = await send(`${mock.url}/pets/1`, { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, DELETE');
  });

  it('400 for a path parameter against its schema (integer, minimum)', async () => {
    expect(await refused('/pets/abc')).toEqual({ status: 400, at: ['path.petId'] });
    expect(await refused('/pets/0')).toEqual({ status: 400, at: ['path.petId'] });
  });

  it('400 for a missing required query parameter, a wrong type, a bound and a bad array item', async () => {
    expect(await refused('/pets')).toEqual({ status: 400, at: ['query.limit'] });
    expect(await refused('/pets?limit=x')).toEqual({ status: 400, at: ['query.limit'] });
    expect(await refused('/pets?limit=51')).toEqual({ status: 400, at: ['query.limit'] });
    expect(await refused('/pets?limit=1&tags=cat&tags=cow')).toEqual({ status: 400, at: ['query.tags/1'] });
  });

  it('400 for a header and a cookie against their schemas, naming both', async () => {
    const bad = await refused('/pets?limit=1', { headers: { 'x-trace': 'XYZ', cookie: 'session=ab' } });
    expect(bad).toEqual({ status: 400, at: ['header.X-Trace', 'cookie.session'] });
    const good = await send(`${mock.url}/pets?limit=1`, {
      headers: { 'x-trace': 'af09', cookie: 'a=1; session=abc' },
    });
    expect(good.status).toBe(200);
  });

  it('401 when no security requirement is met; either scheme is enough', async () => {
    expect(await refused('/pets', { method: 'POST', headers: json, body: pet })).toEqual({
      status: 401,
      at: ['security'],
    });
    const basic = { ...json, authorization: 'Basic YTpi' };
    expect((await refused('/pets', { method: 'POST', headers: basic, body: pet })).status).toBe(401);
    const challenged = await send(`${mock.url}/pets`, { method: 'POST', headers: json, body: pet });
    expect(challenged.headers.get('www-authenticate')).toBe('Bearer');
    const alternatives: Array<Record<string, string>> = [{ 'x-api-key': 'k' }, { authorization: 'Bearer t' }];
    for (const credentials of alternatives) {
      const answer = await send(`${mock.url}/pets`, {
        method: 'POST',
        headers: { ...json, ...credentials },
        body: pet,
      });
      expect(answer.status).toBe(201);
    }
  });

  it('415 for a body without or with another content type', async () => {
    const key = { 'x-api-key': 'k' };
    expect(
      await refused('/pets', {
        method: 'POST',
        headers: { ...key, 'content-type': 'text/plain' },
        body: pet,
      }),
    ).toEqual({
      status: 415,
      at: ['header.content-type'],
    });
    const noType = await refused('/pets', {
      method: 'POST',
      headers: key,
      body: new Uint8Array(Buffer.from(pet)),
    });
    expect(noType.status).toBe(415);
  });

  it('422 for a body against its schema and for a missing required body; 400 for unparsable JSON', async () => {
    const headers = { ...json, 'x-api-key': 'k' };
    const invalid = JSON.stringify({ id: 0, name: 'Kit', extra: true });
    expect(await refused('/pets', { method: 'POST', headers, body: invalid })).toEqual({
      status: 422,
      at: ['body', 'body/id'],
    });
    expect(await refused('/pets', { method: 'POST', headers })).toEqual({ status: 422, at: ['body'] });
    expect(await refused('/pets', { method: 'POST', headers, body: '{"id":' })).toEqual({
      status: 400,
      at: ['body'],
    });
  });

  it('the most severe kind decides the status when a request breaks several rules', async () => {
    const answer = await refused('/pets', { method: 'POST', headers: json, body: '{}' });
    // Both required members of the empty body are named too.
    expect(answer).toEqual({ status: 401, at: ['security', 'body', 'body'] });
  });
});
