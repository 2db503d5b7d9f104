import { describe, expect, it } from 'vitest';
import { ContractError } from '../contract-error.js';
import type { HttpInteraction, MessageInteraction, SyncMessageInteraction } from '../model.js';
import { parseContract } from './parse-contract.js';

const parties = { consumer: { name: 'web' }, provider: { name: 'api' } };
const spec = (version: string) => ({ metadata: { pactSpecification: { version } } });

function errorOf(run: () => unknown): ContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a ContractError');
}

describe('parseContract — versions', () => {
  it('reads a v1 pact (provider_state, string query, no metadata → v2 rules)', () => {
    const contract = parseContract(
      JSON.stringify({
        ...parties,
        interactions: [
          {
            description: 'list',
            provider_state: 'items exist',
            request: { method: 'get', path: '/items', query: 'a=1&a=2&b=x+y' },
            response: { status: 200, body: [1] },
          },
        ],
      }),
    );
    const interaction = contract.interactions[0] as HttpInteraction;
    expect(contract.pactVersion).toBe('2');
    expect(interaction.providerStates).toEqual([{ name: 'items exist' }]);
    expect(interaction.request.method).toBe('GET');
    expect(interaction.request.query).toEqual({ a: ['1', '2'], b: ['x y'] });
    expect(interaction.request.rawQuery).toBe('a=1&a=2&b=x+y');
    expect(interaction.response.body).toEqual({ kind: 'json', value: [1] });
  });

  it('reads v1.1 and v1 declared in metadata', () => {
    expect(
      parseContract({
        ...parties,
        interactions: [],
        metadata: { 'pact-specification': { version: '1.1.0' } },
      }).pactVersion,
    ).toBe('1.1');
    expect(parseContract({ ...parties, interactions: [], ...spec('1.0.0') }).pactVersion).toBe('1');
    expect(
      parseContract({ ...parties, interactions: [], metadata: { pactSpecificationVersion: '3.0.0' } })
        .pactVersion,
    ).toBe('3');
  });

  it('normalises v2 flat matching rules into categories', () => {
    const contract = parseContract({
      ...parties,
      ...spec('2.0.0'),
      interactions: [
        {
          description: 'd',
          providerState: 'state',
          request: {
            method: 'POST',
            path: '/p',
            headers: { 'Content-Type': 'application/json' },
            body: { a: [1] },
            matchingRules: {
              '$.body.a': { min: 1 },
              '$.body.a[*]': { match: 'type' },
              '$.headers.X-Id': { regex: '\\d+' },
              '$.query.q': { match: 'type' },
              '$.path': { regex: '/p.*' },
            },
          },
          response: { status: 201, body: 'text', headers: { 'Content-Type': 'text/plain' } },
        },
      ],
    });
    const { request, response, providerStates } = contract.interactions[0] as HttpInteraction;
    expect(providerStates).toEqual([{ name: 'state' }]);
    expect(request.matchingRules).toEqual({
      body: {
        '$.a': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
        '$.a[*]': { combine: 'AND', matchers: [{ match: 'type' }] },
      },
      header: { 'x-id': { combine: 'AND', matchers: [{ match: 'regex', regex: '\\d+' }] } },
      query: { q: { combine: 'AND', matchers: [{ match: 'type' }] } },
      path: { '': { combine: 'AND', matchers: [{ match: 'regex', regex: '/p.*' }] } },
    });
    expect(request.body).toEqual({ kind: 'json', value: { a: [1] }, contentType: 'application/json' });
    expect(response.body).toEqual({ kind: 'text', text: 'text', contentType: 'text/plain' });
  });

  it('reads v3 interactions with provider state params, generators and messages', () => {
    const contract = parseContract({
      ...parties,
      ...spec('3.0.0'),
      interactions: [
        {
          description: 'get',
          providerStates: [{ name: 'user', params: { id: 7 } }],
          request: {
            method: 'GET',
            path: '/u/7',
            query: { fields: ['a', 'b'] },
            generators: { path: { type: 'ProviderState', expression: '/u/${id}' } },
          },
          response: {
            status: 200,
            matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }], combine: 'AND' } } },
            body: { id: 7 },
          },
        },
      ],
      messages: [
        {
          description: 'event',
          contents: { id: 1 },
          metaData: { contentType: 'application/json' },
          matchingRules: { body: { '$.id': { matchers: [{ match: 'type' }] } } },
        },
      ],
    });
    const http = contract.interactions[0] as HttpInteraction;
    const message = contract.interactions[1] as MessageInteraction;
    expect(http.providerStates).toEqual([{ name: 'user', params: { id: 7 } }]);
    expect(http.request.query).toEqual({ fields: ['a', 'b'] });
    expect(http.request.generators).toEqual({
      path: { '': { type: 'ProviderState', expression: '/u/${id}' } },
    });
    expect(http.response.matchingRules['body']?.['$.id']?.matchers).toEqual([{ match: 'integer' }]);
    expect(message).toMatchObject({
      kind: 'message',
      index: 0,
      location: '[root].messages[0]',
      description: 'event',
      metadata: { contentType: 'application/json' },
    });
    expect(message.body).toEqual({ kind: 'json', value: { id: 1 }, contentType: 'application/json' });
    expect(http.location).toBe('[root].interactions[0]');
  });

  it('reads v4 HTTP, asynchronous and synchronous message interactions with encoded bodies', () => {
    const base64 = Buffer.from('{"a":1}').toString('base64');
    const contract = parseContract({
      ...parties,
      ...spec('4.0'),
      interactions: [
        {
          type: 'Synchronous/HTTP',
          key: 'k1',
          pending: true,
          description: 'post',
          request: {
            method: 'POST',
            path: '/a',
            headers: { Accept: ['application/json'] },
            body: { content: base64, contentType: 'application/json', encoded: 'base64' },
          },
          response: {
            status: 200,
            body: { content: '{"ok":true}', contentType: 'application/json', encoded: 'json' },
          },
        },
        {
          type: 'Asynchronous/Messages',
          description: 'evt',
          contents: { content: 'hello', contentType: 'text/plain', encoded: false },
          metadata: { topic: 't' },
          matchingRules: { content: { $: { matchers: [{ match: 'regex', regex: 'h.*' }] } } },
        },
        {
          type: 'Synchronous/Messages',
          description: 'rpc',
          request: { contents: { content: { q: 1 } } },
          response: [{ contents: { content: { a: 2 } } }],
        },
        {
          type: 'Synchronous/HTTP',
          description: 'png',
          request: { method: 'GET', path: '/img' },
          response: {
            status: 200,
            body: { content: 'iVBORw0KGgo=', contentType: 'image/png', encoded: 'base64' },
          },
        },
      ],
    });
    const [http, async, sync, binary] = contract.interactions as [
      HttpInteraction,
      MessageInteraction,
      SyncMessageInteraction,
      HttpInteraction,
    ];
    expect(http).toMatchObject({ kind: 'http', key: 'k1', pending: true });
    expect(http.request.headers).toEqual({ Accept: ['application/json'] });
    expect(http.request.body).toEqual({ kind: 'json', value: { a: 1 }, contentType: 'application/json' });
    expect(http.response.body).toEqual({
      kind: 'json',
      value: { ok: true },
      contentType: 'application/json',
    });
    expect(async.body).toEqual({ kind: 'text', text: 'hello', contentType: 'text/plain' });
    expect(async.matchingRules).toEqual({
      body: { $: { combine: 'AND', matchers: [{ match: 'regex', regex: 'h.*' }] } },
    });
    expect(sync.kind).toBe('sync-message');
    expect(sync.request.body).toEqual({ kind: 'json', value: { q: 1 } });
    expect(sync.response[0]?.body).toEqual({ kind: 'json', value: { a: 2 } });
    expect(binary.response.body).toEqual({
      kind: 'binary',
      base64: 'iVBORw0KGgo=',
      contentType: 'image/png',
    });
    expect(contract.interactions.map((i) => i.index)).toEqual([0, 1, 2, 3]);
  });

  it('infers v4 from interaction types and v3 from by-category rules when metadata is missing', () => {
    expect(
      parseContract({
        ...parties,
        interactions: [
          {
            type: 'Synchronous/HTTP',
            description: 'd',
            request: { method: 'GET', path: '/' },
            response: { status: 200 },
          },
        ],
      }).pactVersion,
    ).toBe('4');
    expect(
      parseContract({
        ...parties,
        interactions: [
          {
            description: 'd',
            request: { method: 'GET', path: '/', matchingRules: { path: { matchers: [{ match: 'type' }] } } },
            response: { status: 200 },
          },
        ],
      }).pactVersion,
    ).toBe('3');
  });
});

describe('parseContract — tolerance', () => {
  it('skips interactions of unknown types and keeps the others at their source index', () => {
    const contract = parseContract({
      ...parties,
      interactions: [
        { type: 'Synchronous/Plugin', description: 'grpc' },
        { type: 'Asynchronous/Messages' },
        { description: 'http', request: { method: 'GET', path: '/' }, response: { status: 200 } },
      ],
    });
    expect(contract.interactions.map((i) => [i.index, i.kind, i.location])).toEqual([
      [1, 'message', '[root].interactions[1]'],
      [2, 'http', '[root].interactions[2]'],
    ]);
  });

  it('reads null query, headers and body as empty', () => {
    const contract = parseContract({
      ...parties,
      interactions: [
        {
          description: 'nulls',
          request: { method: 'GET', path: '/p', query: null, headers: null, body: null },
          response: { status: 200, headers: null },
        },
      ],
    });
    const http = contract.interactions[0] as HttpInteraction;
    expect(http.request).toMatchObject({ query: {}, headers: {}, body: { kind: 'json', value: null } });
    expect(http.response.headers).toEqual({});
  });
});

describe('parseContract — errors', () => {
  it('contract.parse with a line:column location', () => {
    const error = errorOf(() => parseContract('{\n  "consumer": }'));
    expect(error.code).toBe('contract.parse');
    expect(error.location).toMatch(/^2:\d+$/);
    expect(error.message).toContain('not valid JSON');
  });

  it('contract.too-large before parsing', () => {
    const error = errorOf(() => parseContract(`{"pad":"${'x'.repeat(2000)}"}`, { maxBytes: 1000 }));
    expect(error).toMatchObject({ code: 'contract.too-large', location: '/' });
  });

  it('contract.too-deep for 10 MB of nested brackets, quickly', () => {
    const started = Date.now();
    const error = errorOf(() => parseContract('['.repeat(10 * 1024 * 1024)));
    expect(['contract.too-deep', 'contract.too-large']).toContain(error.code);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('contract.too-deep for deeply nested text and objects', () => {
    expect(errorOf(() => parseContract('['.repeat(600) + ']'.repeat(600))).code).toBe('contract.too-deep');
    let deep: unknown = 1;
    for (let i = 0; i < 600; i++) deep = { d: deep };
    expect(errorOf(() => parseContract({ ...parties, interactions: [], deep })).code).toBe(
      'contract.too-deep',
    );
  });

  it('contract.not-pact for JSON that is not a pact', () => {
    expect(errorOf(() => parseContract('[1,2]'))).toMatchObject({ code: 'contract.not-pact', location: '/' });
    expect(errorOf(() => parseContract({ openapi: '3.0.0' })).code).toBe('contract.not-pact');
  });

  it('contract.invalid with a JSON pointer to the problem', () => {
    const interactions = [0, 1, 2, 3].map((i) => ({
      description: `i${i}`,
      request: { method: 'GET', path: '/' },
      response: { status: 200 },
    }));
    interactions[3] = { description: 'i3', request: { path: '/' } as never, response: { status: 200 } };
    const error = errorOf(() => parseContract({ ...parties, interactions }));
    expect(error).toMatchObject({ code: 'contract.invalid', location: '/interactions/3/request/method' });
    expect(error.message).toContain('method');
    expect(errorOf(() => parseContract({ provider: { name: 'p' }, interactions: [] }))).toMatchObject({
      code: 'contract.invalid',
      location: '/consumer/name',
    });
    expect(
      errorOf(() =>
        parseContract({
          ...parties,
          interactions: [
            { description: 'x', request: { method: 'GET', path: '/' }, response: { status: 'ok' } },
          ],
        }),
      ),
    ).toMatchObject({ location: '/interactions/0/response/status' });
    expect(errorOf(() => parseContract({ ...parties, interactions: {} }))).toMatchObject({
      code: 'contract.invalid',
      location: '/interactions',
    });
    expect(
      errorOf(() =>
        parseContract({
          ...parties,
          interactions: [{ request: { method: 'GET', path: '/' }, response: { status: 200 } }],
        }),
      ),
    ).toMatchObject({ code: 'contract.invalid', location: '/interactions/0/description' });
  });

  it('contract.matcher.invalid locates the broken matcher', () => {
    const withRules = (matchingRules: unknown) => ({
      ...parties,
      interactions: [
        { description: 'x', request: { method: 'GET', path: '/' }, response: { status: 200, matchingRules } },
      ],
    });
    expect(
      errorOf(() => parseContract(withRules({ body: { '$.a': { matchers: [{ match: 'bogus' }] } } }))),
    ).toMatchObject({
      code: 'contract.matcher.invalid',
      location: '/interactions/0/response/matchingRules/body/$.a/matchers/0/match',
    });
    expect(errorOf(() => parseContract(withRules({ '$.body.a': { match: 'regex' } })))).toMatchObject({
      code: 'contract.matcher.invalid',
      location: '/interactions/0/response/matchingRules/$.body.a/regex',
    });
    expect(
      errorOf(() => parseContract(withRules({ body: { 'not a path': { matchers: [{ match: 'type' }] } } })))
        .code,
    ).toBe('contract.matcher.invalid');
    expect(
      errorOf(() => parseContract(withRules({ body: { '$.a': { matchers: [{ match: 'type', min: -1 }] } } })))
        .location,
    ).toContain('/min');
  });

  it('contract.unsupported-version for unknown specification versions', () => {
    expect(errorOf(() => parseContract({ ...parties, interactions: [], ...spec('9.0.0') }))).toMatchObject({
      code: 'contract.unsupported-version',
      location: '/metadata',
    });
  });
});
