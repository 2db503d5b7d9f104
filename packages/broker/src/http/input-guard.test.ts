import Fastify, { type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { enforceParamRules } from './param-rules.js';

describe('the input guard', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  const refusal = async (options: InjectOptions) => {
    const response = await broker.app.inject(options);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return response.json<{ code: string; location?: string; detail: string }>();
  };

  it('refuses NUL and unpaired surrogates in the body, path and query, saying where', async () => {
    const body = await refusal({
      method: 'POST',
      url: '/api/v1/environments',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "prod", "displayName": {"x": ["ok", "a\\u0000b"]}}',
    });
    expect(body).toMatchObject({ code: 'request.unstorable-character', location: 'body.displayName.x.1' });
    const key = await refusal({
      method: 'POST',
      url: '/api/v1/environments',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "prod", "\\udc00": 1}',
    });
    expect(key.location).toBe('body.\udc00');
    expect(await refusal({ method: 'GET', url: '/api/v1/services/a%00b' })).toMatchObject({
      code: 'request.unstorable-character',
      location: 'path.name',
    });
    expect(await refusal({ method: 'GET', url: '/api/v1/matrix?consumerBranch=%00' })).toMatchObject({
      location: 'query.consumerBranch',
    });
    expect(await refusal({ method: 'GET', url: '/pacticipants/a%00' })).toMatchObject({
      code: 'request.unstorable-character',
    });
  });

  it('refuses __proto__ keys with a message that says so', async () => {
    const body = await refusal({
      method: 'POST',
      url: '/api/v1/environments',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "prod", "__proto__": {"production": true}}',
    });
    expect(body).toMatchObject({
      code: 'request.forbidden-key',
      detail: 'body.__proto__: the key "__proto__" is not accepted in a JSON body',
    });
  });

  it('checks path parameters of the Pact API by the one name rule, before the route runs', async () => {
    const body = await refusal({ method: 'PUT', url: '/pacticipants/a%20b/versions/1', payload: {} });
    expect(body).toMatchObject({ code: 'request.invalid' });
    expect((await broker.api({ method: 'GET', url: '/services' })).json()).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('stops start-up when a route has a path parameter without a rule', async () => {
    const app = Fastify();
    enforceParamRules(app);
    expect(() => app.get('/things/:thing', () => 'no')).toThrow(
      'GET /things/:thing: path parameter :thing has no rule in paramRules',
    );
    app.get('/things/:name', () => 'yes');
    await app.close();
  });
});
