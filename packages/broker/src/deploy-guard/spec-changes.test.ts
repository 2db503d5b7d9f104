import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSha } from '../documents/document-store.js';
import { given } from '../testing/builder.js';
import { openApiSpec } from '../testing/documents.js';
import { asyncApiSpec, mixedPact } from '../testing/message-documents.js';
import { testEngine } from '../testing/test-engine.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';

const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

interface Body {
  verdict: string;
  reasons: Array<{
    kind: string;
    specSha?: string;
    integration?: { consumer: { service: string; version: string } };
    specChanges?: {
      baseSpecSha: string;
      changes: Array<{ id: string; severity: string; operation?: { method: string; path: string } }>;
    };
  }>;
}

// Inventory's new spec (inv2) drops the gadgets endpoint the cart reads; its earlier spec (inv1) had it.
describe('deploy guard: the spec changes behind an incompatibility', () => {
  let broker: TestBroker;
  const guard = async (service: string, version: string) =>
    (
      await broker.api({
        method: 'GET',
        url: `/deploy-guard?service=${service}&version=${version}&environment=production`,
      })
    ).json<Body>();
  const specSha = async (version: string) =>
    (await broker.api({ method: 'GET', url: `/services/inventory_service/versions/${version}/spec` })).json<{
      contentSha: string;
    }>().contentSha;

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .environment('production', { production: true })
      .spec('inventory_service', [items, gadgets], { version: 'inv1' })
      .verified('inventory_service', 'inv1')
      .deployed('inventory_service', 'inv1', 'production')
      .contract('shopping_cart_service', 'sc1', 'inventory_service', [items, gadgets])
      .deployed('shopping_cart_service', 'sc1', 'production')
      .spec('inventory_service', [items], { version: 'inv2' })
      .verified('inventory_service', 'inv2')
      // A consumer that never passed any inventory spec: nothing earlier to diff against.
      .contract('ads_service', 'ad1', 'inventory_service', [['get', '/api/ads/{adId}']])
      .build();
  });
  afterAll(() => broker.close());

  it("links the provider's incompatible reason to the removal that broke the consumer, from the spec it passed", async () => {
    const body = await guard('inventory_service', 'inv2');
    expect(body.verdict).toBe('unsafe');
    const incompatible = body.reasons.filter((reason) => reason.kind === 'incompatible');
    expect(incompatible).toHaveLength(1);
    expect(incompatible[0]).toMatchObject({
      integration: { consumer: { service: 'shopping_cart_service', version: 'sc1' } },
      specSha: await specSha('inv2'),
      specChanges: { baseSpecSha: await specSha('inv1') },
    });
    const changes = incompatible[0]?.specChanges?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    // Only what the failing interaction uses: the gadgets operation, removed, breaking.
    for (const change of changes) {
      expect(change.operation).toEqual({ method: 'get', path: '/api/gadgets/{gadgetId}' });
      expect(change.severity).toBe('breaking');
    }
  });

  it('answers as the OpenAPI document declares (recorded as a Pact, compared with the document)', async () => {
    const document = JSON.stringify((await broker.api({ method: 'GET', url: '/openapi.json' })).json());
    const url = '/deploy-guard?service=inventory_service&version=inv2&environment=production';
    const answer = await broker.api({ method: 'GET', url });
    expect(answer.body).toContain('specChanges');
    const [path, query] = url.split('?');
    const pact = JSON.stringify({
      consumer: { name: 'signet-web' },
      provider: { name: 'signet-broker' },
      interactions: [
        {
          description: 'the deploy guard',
          request: { method: 'GET', path: `/api/v1${path}`, query },
          response: {
            status: 200,
            headers: { 'Content-Type': String(answer.headers['content-type']) },
            body: answer.json(),
          },
        },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    });
    const result = await testEngine.compare(
      { sha: contentSha(document), text: document },
      testEngine.parseContract(pact, { maxBytes: 10 * 1024 * 1024 }),
    );
    expect(result.findings.filter((finding) => finding.type === 'error')).toEqual([]);
  });

  it('adds nothing when no earlier spec of the provider passed the contract', async () => {
    const body = await guard('ads_service', 'ad1');
    const incompatible = body.reasons.filter((reason) => reason.kind === 'incompatible');
    expect(incompatible).toHaveLength(1);
    expect(incompatible[0]).not.toHaveProperty('specChanges');
  });

  it('adds nothing to reasons other than incompatible ones, and leaves the verdict as core decided', async () => {
    const body = await guard('inventory_service', 'inv1');
    expect(body.verdict).toBe('safe');
    expect(body.reasons.some((reason) => 'specChanges' in reason)).toBe(false);
  });
});

// Versions with an OpenAPI and an AsyncAPI spec: users u2's OpenAPI half drops GET /items/{id}, which the message
// consumer's pact also calls; u1's set passed it. Feed's f1 held an AsyncAPI spec only, f2 an OpenAPI one only.
describe('deploy guard: the spec changes behind an incompatibility, for spec sets', () => {
  let broker: TestBroker;
  const guard = async (service: string, version: string) =>
    (
      await broker.api({
        method: 'GET',
        url: `/deploy-guard?service=${service}&version=${version}&environment=production`,
      })
    ).json<Body>();
  const post = async (url: string, payload: object) => {
    const response = await broker.api({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ spec: { contentSha: string; setSha: string } }>();
  };
  const messages = asyncApiSpec({ type: 'object', properties: { id: { type: 'string' } } });
  const shas: Record<string, { openapi?: string; set?: string }> = {};
  /** Publishes `version` of users with both specs, each half verified. */
  const bothHalves = async (version: string, operations: Array<['get', string]>) => {
    const openapi = await post('/services/users/specs', {
      content: openApiSpec('users', operations),
      version,
    });
    const asyncapi = await post('/services/users/specs', { content: messages, version });
    await post(`/services/users/versions/${version}/verifications`, { success: true });
    await post(`/services/users/versions/${version}/verifications`, {
      success: true,
      specSha: asyncapi.spec.contentSha,
    });
    shas[version] = { openapi: openapi.spec.contentSha, set: asyncapi.spec.setSha };
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker).environment('production', { production: true }).build();
    await bothHalves('u1', [
      ['get', '/items/{id}'],
      ['get', '/gadgets/{gadgetId}'],
    ]);
    await post('/contracts', { content: mixedPact('audit', 'users'), consumerVersion: 'a1' });
    await given(broker).deployed('users', 'u1', 'production').deployed('audit', 'a1', 'production').build();
    await bothHalves('u2', [['get', '/gadgets/{gadgetId}']]);
    // A message-only consumer of feed, which first published an AsyncAPI spec alone, then an OpenAPI one alone.
    await post('/services/feed/specs', { content: messages, version: 'f1' });
    await post('/services/feed/versions/f1/verifications', { success: true });
    const messageOnly = JSON.parse(mixedPact('reader', 'feed')) as { interactions: Array<{ type: string }> };
    messageOnly.interactions = messageOnly.interactions.filter((i) => i.type !== 'Synchronous/HTTP');
    await post('/contracts', { content: JSON.stringify(messageOnly), consumerVersion: 'r1' });
    await given(broker).deployed('feed', 'f1', 'production').deployed('reader', 'r1', 'production').build();
    await post('/services/feed/specs', {
      content: openApiSpec('feed', [['get', '/items/{id}']]),
      version: 'f2',
    });
    await post('/services/feed/versions/f2/verifications', { success: true });
  });
  afterAll(() => broker.close());

  it("diffs a set's OpenAPI half against the earlier set's OpenAPI half the contract passed", async () => {
    const body = await guard('users', 'u2');
    expect(body.verdict).toBe('unsafe');
    const incompatible = body.reasons.filter((reason) => reason.kind === 'incompatible');
    expect(incompatible).toHaveLength(1);
    expect(incompatible[0]).toMatchObject({
      specSha: shas.u2?.set,
      specChanges: { baseSpecSha: shas.u1?.openapi },
    });
    const changes = incompatible[0]?.specChanges?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.operation).toEqual({ method: 'get', path: '/items/{id}' });
      expect(change.severity).toBe('breaking');
    }
  });

  it('never diffs an OpenAPI spec against an earlier AsyncAPI one', async () => {
    const body = await guard('feed', 'f2');
    const incompatible = body.reasons.filter((reason) => reason.kind === 'incompatible');
    expect(incompatible).toHaveLength(1);
    expect(incompatible[0]).not.toHaveProperty('specChanges');
  });
});
