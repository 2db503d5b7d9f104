import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSha } from '../documents/document-store.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { testEngine } from '../testing/test-engine.js';

const stored = (text: string) => ({ sha: contentSha(text), text });
const limits = { maxBytes: 10 * 1024 * 1024 };

const asyncapi = JSON.stringify({
  asyncapi: '3.0.0',
  info: { title: 'users', version: '1' },
  defaultContentType: 'application/json',
  channels: {
    users: {
      messages: { created: { payload: { type: 'object', properties: { userId: { type: 'string' } } } } },
    },
  },
  operations: { onUserCreated: { action: 'send', channel: { $ref: '#/channels/users' } } },
});
// A message the spec refuses: its comparison holds message.no.match, whose causes say why.
const messagePact = JSON.stringify({
  consumer: { name: 'audit' },
  provider: { name: 'users' },
  interactions: [
    {
      type: 'Asynchronous/Messages',
      description: 'a user created',
      comments: { references: { AsyncAPI: { operationId: 'onUserCreated' } } },
      contents: { content: { userId: 42 }, contentType: 'application/json', encoded: false },
    },
  ],
  metadata: { pactSpecification: { version: '4.0' } },
});

// The same check as openapi-document.test.ts (real answers, recorded as a Pact, must pass comparison with the
// document), for what AsyncAPI brings: the spec format and findings with causes.
describe('/api/v1/openapi.json and AsyncAPI specs', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('declares the AsyncAPI format and the causes of a message finding, as the broker answers them', async () => {
    const document = (await broker.api({ method: 'GET', url: '/openapi.json' })).json<object>();
    const published = await broker.api({
      method: 'POST',
      url: '/services/users/specs',
      payload: { content: asyncapi, version: 'u1' },
    });
    expect(published.statusCode).toBe(201);
    const contract = await broker.api({
      method: 'POST',
      url: '/contracts',
      payload: { content: messagePact, consumerVersion: 'a1' },
    });
    expect(contract.statusCode).toBe(201);
    const [comparison] = contract.json<{ comparisons: Array<{ contractSha: string; specSha: string }> }>()
      .comparisons;
    const urls = [
      `/comparisons/${comparison?.contractSha}/${comparison?.specSha}`,
      '/services/users/specs/latest/operations',
    ];
    const interactions = [];
    for (const url of urls) {
      const response = await broker.api({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      interactions.push({
        description: `GET ${url}`,
        request: { method: 'GET', path: `/api/v1${url}` },
        response: {
          status: 200,
          headers: { 'Content-Type': String(response.headers['content-type']) },
          body: response.json(),
        },
      });
    }
    // What the recorded answers hold, so the comparison below checks these very fields.
    expect(interactions[0]?.response.body).toMatchObject({
      status: 'incompatible',
      findings: [{ code: 'message.no.match', causes: [{ code: 'message.payload.incompatible' }] }],
    });
    expect(interactions[1]?.response.body).toMatchObject({ format: 'asyncapi-3', operations: [] });
    const pact = {
      consumer: { name: 'signet-web' },
      provider: { name: 'signet-broker' },
      interactions,
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const result = await testEngine.compare(
      stored(JSON.stringify(document)),
      testEngine.parseContract(JSON.stringify(pact), limits),
    );
    expect(result.findings.filter((finding) => finding.type === 'error')).toEqual([]);
    expect(result.compatible).toBe(true);
  });
});
