import { loadSpec } from '@signet/core';
import { describe, expect, it } from 'vitest';
import type { MockRequest } from '../http/mock-exchange.js';
import { specResponder } from './spec-responder.js';

const swagger = {
  swagger: '2.0',
  info: { title: 'stock', version: '1' },
  basePath: '/api',
  produces: ['application/json'],
  securityDefinitions: { key: { type: 'apiKey', in: 'query', name: 'key' } },
  paths: {
    '/items/{sku}': {
      get: {
        security: [{ key: [] }],
        parameters: [{ name: 'sku', in: 'path', required: true, type: 'string', pattern: '^[A-Z]{3}$' }],
        responses: {
          '200': {
            description: 'an item',
            schema: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
            examples: { 'application/json': { sku: 'ABC' } },
          },
        },
      },
    },
  },
};

function get(path: string, query = ''): MockRequest {
  const params = new URLSearchParams(query);
  const parsed: Record<string, string[]> = {};
  for (const [name, value] of params) (parsed[name] ??= []).push(value);
  return { method: 'GET', path, rawQuery: query, query: parsed, headers: {}, body: Buffer.alloc(0) };
}

describe('signet mock --spec: Swagger 2.0', () => {
  it('routes under basePath, checks a query API key and the path pattern, answers the media-type example', async () => {
    const respond = specResponder(await loadSpec(swagger), { seed: 1, dynamic: false });
    const answer = respond(get('/api/items/ABC', 'key=k'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toEqual({ sku: 'ABC' });
    expect(respond(get('/api/items/ABC')).status).toBe(401);
    expect(respond(get('/api/items/abcd', 'key=k')).status).toBe(400);
    expect(respond(get('/api/stock', 'key=k')).status).toBe(404);
  });
});
