import { parseContract } from '@signet/core';
import { describe, expect, it } from 'vitest';
import type { MockRequest } from '../http/mock-exchange.js';
import { contractReplay } from './contract-responder.js';

function post(path: string, body: unknown): MockRequest {
  return {
    method: 'POST',
    path,
    rawQuery: '',
    query: {},
    headers: { 'content-type': ['application/json'] },
    body: Buffer.from(JSON.stringify(body)),
  };
}

const names = { consumer: { name: 'shop' }, provider: { name: 'pets' } };

describe('signet mock --contract: Pact versions', () => {
  it('v2: flat matching rules on the body', () => {
    const { respond } = contractReplay(
      parseContract({
        ...names,
        metadata: { pactSpecification: { version: '2.0.0' } },
        interactions: [
          {
            description: 'tag a pet',
            request: {
              method: 'POST',
              path: '/tags',
              body: { tag: 'cat' },
              matchingRules: { '$.body.tag': { match: 'type' } },
            },
            response: { status: 200, body: { ok: true } },
          },
        ],
      }),
    );
    expect(respond(post('/tags', { tag: 'dog' }))).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(respond(post('/tags', { tag: 3 })).status).toBe(500);
  });

  it('v1: equality only, matching rules are not read', () => {
    const { respond } = contractReplay(
      parseContract({
        ...names,
        metadata: { pactSpecification: { version: '1.0.0' } },
        interactions: [
          {
            description: 'tag',
            request: { method: 'POST', path: '/tags', body: { tag: 'cat' } },
            response: { status: 204 },
          },
        ],
      }),
    );
    expect(respond(post('/tags', { tag: 'cat' })).status).toBe(204);
    expect(respond(post('/tags', { tag: 'dog' })).status).toBe(500);
  });

  it('v4: body objects with their content type, integer rule', () => {
    const { respond } = contractReplay(
      parseContract({
        ...names,
        metadata: { pactSpecification: { version: '4.0' } },
        interactions: [
          {
            type: 'Synchronous/HTTP',
            description: 'weigh',
            request: {
              method: 'POST',
              path: '/weigh',
              body: { content: { grams: 10 }, contentType: 'application/json' },
              matchingRules: { body: { '$.grams': { combine: 'AND', matchers: [{ match: 'integer' }] } } },
            },
            response: { status: 200, body: { content: 'heavy', contentType: 'text/plain' } },
          },
        ],
      }),
    );
    const answer = respond(post('/weigh', { grams: 12 }));
    expect(answer).toMatchObject({ status: 200, body: 'heavy', headers: { 'content-type': 'text/plain' } });
    expect(respond(post('/weigh', { grams: 1.5 })).status).toBe(500);
  });
});
