import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSha } from '../documents/document-store.js';
import { given } from '../testing/builder.js';
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
