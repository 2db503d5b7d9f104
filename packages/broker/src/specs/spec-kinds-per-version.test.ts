import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec } from '../testing/documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

// A provider that serves HTTP and sends messages. A version holds one spec today (issue 13 asks for both): until
// it can hold an OpenAPI and an AsyncAPI spec together, what it cannot check must fail closed, never pass.
const asyncapi = JSON.stringify({
  asyncapi: '3.0.0',
  info: { title: 'users', version: '1' },
  channels: { users: { messages: { created: { payload: { type: 'object' } } } } },
  operations: { onUserCreated: { action: 'send', channel: { $ref: '#/channels/users' } } },
});
const mixedPact = JSON.stringify({
  consumer: { name: 'audit' },
  provider: { name: 'users' },
  interactions: [
    {
      type: 'Synchronous/HTTP',
      description: 'get an item',
      request: { method: 'GET', path: '/items/1' },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: '1' } },
    },
    {
      type: 'Asynchronous/Messages',
      description: 'a user created',
      comments: { references: { AsyncAPI: { operationId: 'onUserCreated' } } },
      contents: { content: {}, contentType: 'application/json', encoded: false },
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
});

describe('a provider version with HTTP and message interactions against one spec', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('stores the contract incompatible (message.spec.missing), and refuses a second spec for the version', async () => {
    const http = await broker.api({
      method: 'POST',
      url: '/services/users/specs',
      payload: { content: openApiSpec('users', [['get', '/items/{id}']]), version: 'u1' },
    });
    expect(http.statusCode).toBe(201);
    const contract = await broker.api({
      method: 'POST',
      url: '/contracts',
      payload: { content: mixedPact, consumerVersion: 'a1' },
    });
    expect(contract.statusCode).toBe(201);
    const [comparison] = contract.json<{
      comparisons: Array<{ status: string; summary: { errors: Array<{ code: string }> } }>;
    }>().comparisons;
    expect(comparison?.status).toBe('incompatible');
    expect(comparison?.summary.errors.map((error) => error.code)).toEqual(['message.spec.missing']);
    const second = await broker.api({
      method: 'POST',
      url: '/services/users/specs',
      payload: { content: asyncapi, version: 'u1' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'spec.content-changed' });
  });
});
