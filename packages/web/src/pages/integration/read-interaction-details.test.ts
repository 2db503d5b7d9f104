import { describe, expect, it } from 'vitest';
import { readInteractionDetails } from './read-interaction-details.js';

describe('readInteractionDetails', () => {
  it('reads a v3 HTTP interaction in full: states with params, query, headers, bodies, rules', () => {
    const [http, message] = readInteractionDetails(
      JSON.stringify({
        interactions: [
          {
            description: 'find items',
            providerStates: [{ name: 'items exist', params: { count: 2 } }],
            request: {
              method: 'get',
              path: '/items',
              query: { q: ['a', 'b'] },
              headers: { Accept: 'application/json' },
              matchingRules: { query: { q: { matchers: [{ match: 'type' }] } } },
            },
            response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: [{ id: 1 }] },
          },
        ],
        messages: [{ description: 'item changed', contents: { id: 1 }, metaData: { topic: 'items' } }],
      }),
    );
    expect(http).toEqual({
      type: 'Synchronous/HTTP',
      description: 'find items',
      providerStates: [{ name: 'items exist', params: { count: 2 } }],
      request: {
        method: 'GET',
        path: '/items',
        query: 'q=a&q=b',
        headers: [['Accept', 'application/json']],
        body: undefined,
        rules: { matchingRules: { query: { q: { matchers: [{ match: 'type' }] } } }, generators: undefined },
      },
      response: {
        status: 200,
        headers: [['Content-Type', 'application/json']],
        body: { value: [{ id: 1 }], contentType: undefined, encoding: undefined },
        rules: { matchingRules: undefined, generators: undefined },
      },
      messages: [],
    });
    expect(message).toMatchObject({
      type: 'Asynchronous/Messages',
      messages: [{ label: 'Message', contents: { value: { id: 1 } }, metadata: { topic: 'items' } }],
    });
  });

  it('reads v4 bodies, header lists, async and sync messages', () => {
    const [http, async, sync] = readInteractionDetails(
      JSON.stringify({
        interactions: [
          {
            type: 'Synchronous/HTTP',
            description: 'upload',
            request: {
              method: 'POST',
              path: '/files',
              headers: { 'X-Tags': ['a', 'b'] },
              body: { content: 'AAEC', contentType: 'application/octet-stream', encoded: 'base64' },
            },
            response: {
              status: 201,
              body: { content: { ok: true }, contentType: 'application/json', encoded: false },
            },
          },
          {
            type: 'Asynchronous/Messages',
            description: 'file stored',
            contents: { content: { id: 'f' }, contentType: 'application/json' },
            metadata: { contentType: 'application/json' },
            generators: { body: { '$.id': { type: 'Uuid' } } },
          },
          {
            type: 'Synchronous/Messages',
            description: 'ask',
            request: { contents: { content: 'q' } },
            response: [{ contents: { content: 'a1' } }, { contents: { content: 'a2' } }],
          },
        ],
      }),
    );
    expect(http!.request).toMatchObject({
      headers: [['X-Tags', 'a, b']],
      body: { value: 'AAEC', contentType: 'application/octet-stream', encoding: 'base64' },
    });
    expect(http!.response!.body).toEqual({
      value: { ok: true },
      contentType: 'application/json',
      encoding: undefined,
    });
    expect(async!.messages).toEqual([
      {
        label: 'Message',
        contents: { value: { id: 'f' }, contentType: 'application/json', encoding: undefined },
        metadata: { contentType: 'application/json' },
        rules: { matchingRules: undefined, generators: { body: { '$.id': { type: 'Uuid' } } } },
      },
    ]);
    expect(sync!.messages.map((m) => [m.label, m.contents?.value])).toEqual([
      ['Request', 'q'],
      ['Response 1', 'a1'],
      ['Response 2', 'a2'],
    ]);
    expect(readInteractionDetails('[')).toEqual([]);
  });
});
