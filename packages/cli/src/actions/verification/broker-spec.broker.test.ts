import { createClient } from '@signet/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec, startTestBroker, type TestBroker } from '@signet/broker/testing';
import { latestSpecOnBranch } from './branch-spec.js';
import { specFromBroker } from './broker-spec.js';

// A provider version with an OpenAPI and an AsyncAPI spec: `signet test` and `signet mock` exercise HTTP, so they
// take the OpenAPI one, never the broker's 400 for an ambiguous version nor the message spec.
const asyncapi = JSON.stringify({
  asyncapi: '3.0.0',
  info: { title: 'users', version: '1' },
  channels: { users: { messages: { created: { payload: { type: 'object' } } } } },
  operations: { onUserCreated: { action: 'send', channel: { $ref: '#/channels/users' } } },
});
const http = openApiSpec('users', [['get', '/items/{id}']]);

describe('the spec the CLI fetches for a version with both kinds', () => {
  let broker: TestBroker;
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    broker = await startTestBroker();
    client = createClient({ baseUrl: await broker.app.listen({ port: 0, host: '127.0.0.1' }) });
    // Published AsyncAPI last, so it is the newest spec of the branch.
    await client.specs.publish('users', { content: http, version: 'u1', branch: 'main' });
    await client.specs.publish('users', { content: asyncapi, version: 'u1', branch: 'main' });
  });
  afterAll(() => broker.close());

  it("is the version's OpenAPI spec (--provider-version)", async () => {
    const spec = await specFromBroker(client, 'users', { version: 'u1', insist: true });
    expect(spec.text).toBe(http);
    expect(spec.source).toBeUndefined();
  });

  it("is the provider's latest OpenAPI spec without a version", async () => {
    expect((await specFromBroker(client, 'users', { insist: false })).text).toBe(http);
  });

  it("is the branch's newest OpenAPI spec for a version without its own", async () => {
    const spec = await specFromBroker(client, 'users', { version: 'u2', branch: 'main', insist: true });
    expect(spec.text).toBe(http);
    expect((await latestSpecOnBranch(client, 'users', 'main'))?.kind).toBe('openapi');
  });
});
