import { parseContract } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../http/mock-server.js';
import { send, startTestMock } from '../../testing/mock-harness.js';
import { contractReplay, KEPT_EXAMPLES_HEADER } from '../contract-responder.js';

const generated = parseContract({
  consumer: { name: 'shop' },
  provider: { name: 'pets' },
  metadata: { pactSpecification: { version: '4.0' } },
  interactions: [
    {
      type: 'Synchronous/HTTP',
      description: 'get a pet',
      providerStates: [{ name: 'a pet exists', params: { id: 42, name: 'Rex' } }],
      request: { method: 'GET', path: '/pets/1' },
      response: {
        status: 200,
        headers: { 'Content-Type': ['application/json'], Location: ['http://localhost:1234/pets/1'] },
        body: {
          content: {
            id: 1,
            name: 'Tom',
            code: 'x',
            hex: '0',
            price: 1.5,
            token: 'aaaa',
            born: '2000-01-01',
            at: '10:00:00',
            seen: '2000-01-01T10:00:00',
            stamp: '2000',
            vaccinated: false,
            self: 'http://localhost:1234/pets/1?full=true',
            tags: [{ id: 0 }, { id: 0 }],
            later: '2000-01-02',
          },
          contentType: 'application/json',
        },
        generators: {
          header: {
            Location: {
              type: 'MockServerURL',
              example: 'http://localhost:1234/pets/1',
              regex: '.*(/pets/1)$',
            },
          },
          body: {
            '$.id': { type: 'ProviderState', expression: '${id}', dataType: 'INTEGER' },
            '$.name': { type: 'ProviderState', expression: 'pet ${name}', dataType: 'STRING' },
            '$.code': { type: 'RandomInt', min: 5, max: 7 },
            '$.hex': { type: 'RandomHexadecimal', digits: 8 },
            '$.price': { type: 'RandomDecimal', digits: 6 },
            '$.token': { type: 'RandomString', size: 12 },
            '$.born': { type: 'Date' },
            '$.at': { type: 'Time', format: 'HH:mm' },
            '$.seen': { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ss.SSSX" },
            '$.stamp': { type: 'Uuid', format: 'upper-case-hyphenated' },
            '$.vaccinated': { type: 'RandomBoolean' },
            '$.self': {
              type: 'MockServerURL',
              example: 'http://localhost:1234/pets/1?full=true',
              regex: '.*',
            },
            '$.tags[*].id': { type: 'RandomInt', min: 100, max: 199 },
            '$.later': { type: 'Date', expression: '+ 1 day' },
            '$.nowhere': { type: 'RandomInt' },
          },
        },
      },
    },
    {
      type: 'Synchronous/HTTP',
      description: 'count pets',
      providerStates: [{ name: 'no parameters' }],
      request: { method: 'GET', path: '/count' },
      response: {
        status: 200,
        body: { content: { count: 3 }, contentType: 'application/json' },
        generators: {
          status: { type: 'RandomInt', min: 201, max: 201 },
          body: { '$.count': { type: 'ProviderState', expression: '${count}', dataType: 'INTEGER' } },
        },
      },
    },
  ],
});

let mock: MockServer;
beforeAll(async () => {
  mock = await startTestMock(contractReplay(generated).respond);
});
afterAll(() => mock.close());

describe('signet mock --contract: generators', () => {
  it('fills every generated value of a response, leaving the contract untouched', async () => {
    const answer = await send(`${mock.url}/pets/1`);
    expect(answer.status).toBe(200);
    const body = answer.json as Record<string, unknown>;
    expect(body).toMatchObject({ id: 42, name: 'pet Rex', vaccinated: expect.any(Boolean) as unknown });
    expect([5, 6, 7]).toContain(body['code']);
    expect(body['hex']).toMatch(/^[0-9a-f]{8}$/);
    expect(String(body['price']).replace('.', '')).toMatch(/^[1-9]\d{5}$/);
    expect(body['token']).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(body['born']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body['born']).not.toBe('2000-01-01');
    expect(body['at']).toMatch(/^\d{2}:\d{2}$/);
    expect(body['seen']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(body['stamp']).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(body['self']).toBe(`${mock.url}/pets/1?full=true`);
    for (const tag of body['tags'] as Array<{ id: number }>) expect(tag.id).toBeGreaterThanOrEqual(100);
    expect(answer.headers.get('location')).toBe(`${mock.url}/pets/1`);
    const interaction = generated.interactions[0];
    expect(interaction?.kind === 'http' && interaction.response.body).toMatchObject({ value: { id: 1 } });
  });

  it('keeps the example where it cannot generate faithfully, and says why in a header', async () => {
    const answer = await send(`${mock.url}/pets/1`);
    expect((answer.json as Record<string, unknown>)['later']).toBe('2000-01-02');
    const kept = answer.headers.get(KEPT_EXAMPLES_HEADER) ?? '';
    expect(kept).toContain("body $.later: Date: date expression '+ 1 day' is not evaluated");
    expect(kept).toContain('body $.nowhere: not a path of the body');
  });

  it('generates the status; a provider state parameter nobody set keeps the example', async () => {
    const answer = await send(`${mock.url}/count`);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ count: 3 });
    expect(answer.headers.get(KEPT_EXAMPLES_HEADER)).toContain('no provider state parameter count');
  });
});
