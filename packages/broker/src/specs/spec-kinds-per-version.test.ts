import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiSpec } from '../testing/documents.js';
import { asyncApiSpec as asyncapi, mixedPact as mixedPactOf } from '../testing/message-documents.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import { readSpecSet } from './spec-set.js';

// A provider that serves HTTP and sends messages: a version holds its OpenAPI and its AsyncAPI spec, and a pact
// with both kinds of interaction is compared with both at once (issue 13).
const mixedPact = mixedPactOf('audit', 'users');
const http = openApiSpec('users', [['get', '/items/{id}']]);
const messages = asyncapi({ type: 'object', properties: { id: { type: 'string' } } });

interface Published {
  outcome: string;
  spec: { kind: string; contentSha: string; setSha: string };
  comparisons: Array<{ specSha: string; status: string; summary: { errors: Array<{ code: string }> } }>;
}

describe('a provider version with an OpenAPI and an AsyncAPI spec', () => {
  let broker: TestBroker;
  const publish = (content: string, version: string, overwrite?: boolean) =>
    broker.api({ method: 'POST', url: '/services/users/specs', payload: { content, version, overwrite } });
  beforeAll(async () => {
    broker = await startTestBroker();
  });
  afterAll(() => broker.close());

  it('compares a mixed pact with the OpenAPI spec alone as incompatible (message.spec.missing)', async () => {
    const first = await publish(http, 'u1');
    expect(first.statusCode).toBe(201);
    expect(first.json<Published>().spec).toMatchObject({ kind: 'openapi' });
    const contract = await broker.api({
      method: 'POST',
      url: '/contracts',
      payload: { content: mixedPact, consumerVersion: 'a1' },
    });
    expect(contract.statusCode).toBe(201);
    const [comparison] = contract.json<Published>().comparisons;
    expect(comparison?.status).toBe('incompatible');
    expect(comparison?.summary.errors.map((error) => error.code)).toEqual(['message.spec.missing']);
  });

  it('stores the AsyncAPI spec beside it and compares the pact with both: compatible', async () => {
    const second = await publish(messages, 'u1');
    expect(second.statusCode).toBe(201);
    const { spec, comparisons } = second.json<Published>();
    expect(spec.kind).toBe('asyncapi');
    expect(spec.setSha).not.toBe(spec.contentSha);
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0]).toMatchObject({ specSha: spec.setSha, status: 'compatible' });
    const set = readSpecSet((await broker.deps.store.documents.get(spec.setSha))!);
    expect(set?.map((part) => part.kind)).toEqual(['asyncapi', 'openapi']);
    const list = await broker.api({ method: 'GET', url: '/services/users/specs?version=u1' });
    const items = list.json<{ items: Array<{ kind: string; setSha: string }> }>().items;
    expect(items.map((item) => [item.kind, item.setSha])).toEqual([
      ['asyncapi', spec.setSha],
      ['openapi', spec.setSha],
    ]);
  });

  it('keeps the one-spec-per-kind rule: same content unchanged, different content 409 unless overwritten', async () => {
    expect((await publish(messages, 'u1')).json<Published>().outcome).toBe('unchanged');
    const changed = asyncapi({ type: 'object', properties: { id: { type: 'integer' } } });
    const refused = await publish(changed, 'u1');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'spec.content-changed' });
    const replaced = await publish(changed, 'u1', true);
    expect(replaced.statusCode).toBe(200);
    const answer = replaced.json<Published>();
    expect(answer.outcome).toBe('replaced');
    // The message half now fails (the pact's id is a string); the HTTP half still passes.
    expect(answer.comparisons[0]?.status).toBe('incompatible');
    expect(answer.comparisons[0]?.specSha).toBe(answer.spec.setSha);
    const codes = answer.comparisons[0]?.summary.errors.map((error) => error.code);
    expect(codes?.length).toBeGreaterThan(0);
    expect(codes?.every((code) => code.startsWith('message.'))).toBe(true);
    expect((await publish(messages, 'u1', true)).json<Published>().comparisons[0]?.status).toBe('compatible');
  });

  it('checks a candidate spec against the latest of its own kind, and usage against the OpenAPI spec', async () => {
    // The AsyncAPI spec of u1 was published last; an OpenAPI candidate is still diffed against the OpenAPI one.
    const specs = (await broker.api({ method: 'GET', url: '/services/users/specs?version=u1' })).json<{
      items: Array<{ kind: string; contentSha: string }>;
    }>().items;
    const shaOf = (kind: string) => specs.find((spec) => spec.kind === kind)?.contentSha;
    const impact = await broker.api({
      method: 'POST',
      url: '/services/users/spec-impact',
      payload: {
        content: openApiSpec('users', [
          ['get', '/items/{id}'],
          ['get', '/other'],
        ]),
      },
    });
    expect(impact.statusCode).toBe(200);
    expect(impact.json()).toMatchObject({ base: { contentSha: shaOf('openapi') } });
    const messagesImpact = await broker.api({
      method: 'POST',
      url: '/services/users/spec-impact',
      payload: { content: messages },
    });
    expect(messagesImpact.json()).toMatchObject({ base: { contentSha: shaOf('asyncapi') } });
    const latest = await broker.api({ method: 'GET', url: '/services/users/specs/latest?kind=openapi' });
    expect(latest.json()).toMatchObject({ kind: 'openapi', contentSha: shaOf('openapi') });
    // With both kinds published there is no one latest spec: 400 naming the kinds, as for the version's spec.
    for (const url of ['/services/users/specs/latest', '/services/users/specs/latest/operations']) {
      const ambiguous = await broker.api({ method: 'GET', url });
      expect(ambiguous.statusCode, url).toBe(400);
      expect(ambiguous.headers['content-type']).toContain('application/problem+json');
      expect(ambiguous.json<{ code: string; detail: string }>()).toMatchObject({
        code: 'spec.kind-ambiguous',
        detail: expect.stringContaining('asyncapi, openapi') as string,
      });
    }
    const messagesLatest = await broker.api({
      method: 'GET',
      url: '/services/users/specs/latest?kind=asyncapi',
    });
    expect(messagesLatest.json()).toMatchObject({ kind: 'asyncapi', contentSha: shaOf('asyncapi') });
    const operations = await broker.api({
      method: 'GET',
      url: '/services/users/specs/latest/operations?kind=asyncapi',
    });
    expect(operations.json()).toMatchObject({ kind: 'asyncapi', contentSha: shaOf('asyncapi') });
    const usage = await broker.api({ method: 'GET', url: '/services/users/usage' });
    expect(usage.json()).toMatchObject({ spec: { contentSha: shaOf('openapi') } });
  });

  it('answers GET of the version spec by kind, and 400 listing the kinds when it is ambiguous', async () => {
    const ambiguous = await broker.api({ method: 'GET', url: '/services/users/versions/u1/spec' });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.headers['content-type']).toContain('application/problem+json');
    expect(ambiguous.json()).toMatchObject({ code: 'spec.kind-ambiguous' });
    expect(ambiguous.json<{ detail: string }>().detail).toContain('asyncapi, openapi');
    const byKind = await broker.api({ method: 'GET', url: '/services/users/versions/u1/spec?kind=asyncapi' });
    expect(byKind.statusCode).toBe(200);
    expect(byKind.json()).toMatchObject({ kind: 'asyncapi', content: messages });
    const operations = await broker.api({
      method: 'GET',
      url: '/services/users/versions/u1/spec/operations?kind=openapi',
    });
    expect(operations.json()).toMatchObject({ kind: 'openapi', format: 'openapi-3.0' });
    const bad = await broker.api({ method: 'GET', url: '/services/users/versions/u1/spec?kind=graphql' });
    expect(bad.statusCode).toBe(400);
    await publish(http, 'u2');
    const single = await broker.api({ method: 'GET', url: '/services/users/versions/u2/spec' });
    expect(single.json()).toMatchObject({ kind: 'openapi', content: http });
    const missing = await broker.api({
      method: 'GET',
      url: '/services/users/versions/u2/spec?kind=asyncapi',
    });
    expect(missing.statusCode).toBe(404);
  });
});
