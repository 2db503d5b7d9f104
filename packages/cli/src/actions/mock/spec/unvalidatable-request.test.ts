import { loadSpec } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../http/mock-server.js';
import { send, startTestMock } from '../testing/mock-harness.js';
import { specResponder } from './spec-responder.js';

// A pattern with a backreference under a nested quantifier cannot be run in linear time: core's validators refuse
// to run it, so the mock cannot tell whether a value is valid.
const unsafe = '^((a+)+)\\2$';

const spec = {
  openapi: '3.0.3',
  info: { title: 'codes', version: '1' },
  paths: {
    '/codes': {
      get: {
        parameters: [{ name: 'code', in: 'query', schema: { type: 'string', pattern: unsafe } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { example: { ok: true } } } },
        },
      },
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', properties: { code: { type: 'string', pattern: unsafe } } },
            },
          },
        },
        responses: { '204': { description: 'stored' } },
      },
    },
  },
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startTestMock(specResponder(await loadSpec(spec), { seed: 1, dynamic: false }));
});
afterAll(() => mock.close());

describe('signet mock --spec: a request its schema cannot check', () => {
  it('is answered 500 naming why, never let through as valid (query parameter and body)', async () => {
    const query = await send(`${mock.url}/codes?code=aaaa`);
    expect(query.status).toBe(500);
    expect(query.json).toMatchObject({
      type: 'https://signet.dev/problems/mock/invalid-request',
      violations: [{ location: 'query.code' }],
    });
    expect(JSON.stringify(query.json)).toMatch(/linear time|cannot be compiled/);
    const body = await send(`${mock.url}/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'aaaa' }),
    });
    expect(body.status).toBe(500);
    expect(body.json).toMatchObject({ violations: [{ location: 'body' }] });
  });

  it('without the value the pattern would judge, the request is answered as usual', async () => {
    expect((await send(`${mock.url}/codes`)).status).toBe(200);
  });
});
