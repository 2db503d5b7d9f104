import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBroker, type TestBroker } from './testing/test-broker.js';

describe('the broker app', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker({ limits: { maxDocumentBytes: 2048 } });
  });
  afterAll(() => broker.close());

  it('answers an unknown route with a problem+json 404 carrying the request id', async () => {
    const response = await broker.api({ method: 'GET', url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.json()).toEqual({
      type: 'urn:signet:problem:route.not-found',
      code: 'route.not-found',
      title: 'Not found',
      status: 404,
      detail: 'no route for GET /api/v1/nothing-here',
      requestId,
    });
  });

  it('echoes a sane X-Request-ID and replaces an unsafe one', async () => {
    const kept = await broker.api({
      method: 'GET',
      url: '/services',
      headers: { 'x-request-id': 'ci-run.42' },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.headers['x-request-id']).toBe('ci-run.42');
    const replaced = await broker.api({
      method: 'GET',
      url: '/services',
      headers: { 'x-request-id': 'bad id\twith tab' },
    });
    expect(replaced.headers['x-request-id']).not.toBe('bad id\twith tab');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses malformed JSON with a 400 problem', async () => {
    const response = await broker.api({
      method: 'POST',
      url: '/environments',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.malformed-json', status: 400 });
  });

  it('refuses a body beyond the request limit with a 413 problem', async () => {
    const response = await broker.api({
      method: 'POST',
      url: '/contracts',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ consumerVersion: '1', content: 'x'.repeat(200_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'request.too-large', status: 413 });
  });

  it('says which parameters are wrong, field by field', async () => {
    const response = await broker.api({ method: 'GET', url: '/services?limit=0' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.invalid', issues: [{ path: 'query.limit' }] });
  });
});
