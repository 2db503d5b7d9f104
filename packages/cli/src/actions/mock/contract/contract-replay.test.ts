import { parseContract } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../http/mock-server.js';
import { send, startTestMock } from '../testing/mock-harness.js';
import { mockPetsPact } from '../testing/mock-pets-pact.js';
import { contractReplay, type ContractReplay } from './contract-responder.js';

let replay: ContractReplay;
let mock: MockServer;
beforeAll(async () => {
  replay = contractReplay(parseContract(mockPetsPact));
  mock = await startTestMock(replay.respond);
});
afterAll(() => mock.close());

const add = (body: unknown, query = 'dryRun=false', key = 'other'): RequestInit & { query: string } => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-api-key': key },
  body: JSON.stringify(body),
  query,
});

interface Unmatched {
  status: number;
  closest: { description: string; mismatches: Array<{ kind: string; path: string; message: string }> };
}

describe('signet mock --contract: replay', () => {
  it('answers a request its matching rules accept with the interaction response', async () => {
    const { query, ...init } = add({ name: 'Rex', age: 7 });
    const answer = await send(`${mock.url}/pets?${query}`, init);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: 9 });
    const list = await send(`${mock.url}/pets`);
    expect(list.headers.get('content-type')).toBe('text/plain');
    expect(list.text).toBe('Tom, Rex');
  });

  it('chooses between interactions of one request by the X-Pact-Provider-State header', async () => {
    const exists = await send(`${mock.url}/pets/42`, {
      headers: { 'x-pact-provider-state': 'a pet exists' },
    });
    expect(exists).toMatchObject({ status: 200, json: { id: 1, name: 'Tom' } });
    const none = await send(`${mock.url}/pets/42`, { headers: { 'x-pact-provider-state': 'no pets' } });
    expect(none.status).toBe(404);
    // Without the header, the first interaction in file order answers.
    expect((await send(`${mock.url}/pets/42`)).status).toBe(200);
  });

  it('answers 500 with the closest interaction and each mismatch when nothing matches', async () => {
    const { query, ...init } = add({ name: 'Rex', age: 'old' }, 'dryRun=maybe');
    const answer = await send(`${mock.url}/pets?${query}`, init);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    const problem = answer.json as Unmatched;
    expect(problem.status).toBe(500);
    expect(problem.closest.description).toBe('add a pet');
    expect(problem.closest.mismatches.map((m) => m.kind).sort()).toEqual(['body', 'query']);
    const state = await send(`${mock.url}/pets/42`, {
      headers: { 'x-pact-provider-state': 'pets are asleep' },
    });
    expect(state.status).toBe(500);
    expect((state.json as Unmatched).closest.mismatches[0]?.message).toContain(
      "no provider state 'pets are asleep'",
    );
  });

  it('refuses what a path rule does not accept and what the contract never asks', async () => {
    expect((await send(`${mock.url}/pets/abc`)).status).toBe(500);
    expect((await send(`${mock.url}/pets`, { method: 'DELETE' })).status).toBe(500);
  });

  it('knows which interactions were exercised', () => {
    const names = replay.interactions.filter((i) => replay.exercised.has(i)).map((i) => i.description);
    expect(names.sort()).toEqual(['add a pet', 'get a missing pet', 'get an existing pet', 'list pets']);
  });
});
