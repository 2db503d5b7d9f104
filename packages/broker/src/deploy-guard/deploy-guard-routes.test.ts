import { reasonEffect, type Reason } from '@signet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { given } from '../testing/builder.js';
import { startTestBroker, type TestBroker } from '../testing/test-broker.js';
import type { ReasonBody } from '../testing/bodies.js';

// SPEC §2's reference workflow, reduced to the guard's part: inventory adds GET /api/gadgets/{gadgetId}.
const items: ['get', string] = ['get', '/api/items/{itemId}'];
const gadgets: ['get', string] = ['get', '/api/gadgets/{gadgetId}'];

describe('GET /api/v1/deploy-guard', () => {
  let broker: TestBroker;
  const guard = async (service: string, version: string, environment = 'production') =>
    broker.api({
      method: 'GET',
      url: `/deploy-guard?service=${service}&version=${version}&environment=${environment}`,
    });

  beforeAll(async () => {
    broker = await startTestBroker();
    await given(broker)
      .environment('production', { production: true })
      .spec('inventory_service', [items], { version: 'inv1' })
      .verified('inventory_service', 'inv1')
      .deployed('inventory_service', 'inv1', 'production')
      .spec('shopping_cart_service', [['get', '/api/carts/{cartId}']], { version: 'sc1' })
      .verified('shopping_cart_service', 'sc1')
      .contract('shopping_cart_service', 'sc1', 'inventory_service', [items])
      .deployed('shopping_cart_service', 'sc1', 'production')
      .contract('advertising_service', 'ad1', 'shopping_cart_service', [['get', '/api/carts/{cartId}']])
      .deployed('advertising_service', 'ad1', 'production')
      // The new cart version needs the new inventory endpoint.
      .contract('shopping_cart_service', 'sc2', 'inventory_service', [items, gadgets])
      .build();
  });
  afterAll(() => broker.close());

  it('says unsafe for the new consumer while production inventory lacks the endpoint, naming it', async () => {
    const response = await guard('shopping_cart_service', 'sc2');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ verdict: string; reasons: ReasonBody[] }>();
    expect(body.verdict).toBe('unsafe');
    const incompatible = body.reasons.find((reason) => reason.kind === 'incompatible');
    expect(incompatible).toMatchObject({
      integration: {
        consumer: { service: 'shopping_cart_service', version: 'sc2' },
        provider: { service: 'inventory_service', version: 'inv1' },
      },
      findings: {
        compatible: false,
        errors: [{ code: 'request.path-or-method.unknown', operation: 'GET /api/gadgets/1' }],
      },
    });
    // As a provider, sc2 was never verified against a spec: that is reported too (all reasons, both directions).
    expect(body.reasons.map((reason) => reason.kind)).toContain('not-verified');
  });

  it('gives every reason its effect on the verdict, as core decides it', async () => {
    const body = (await guard('shopping_cart_service', 'sc2')).json<{ reasons: ReasonBody[] }>();
    const effects = body.reasons.map((reason) => [reason.kind, reason.effect]);
    expect(effects).toContainEqual(['incompatible', 'blocks']);
    expect(effects).toContainEqual(['not-verified', 'unknown']);
    for (const { effect, ...reason } of body.reasons) expect(effect).toBe(reasonEffect(reason as Reason));
  });

  it('says unknown for a provider version not verified yet, then safe once verified', async () => {
    await given(broker).spec('inventory_service', [items, gadgets], { version: 'inv2' }).build();
    expect((await guard('inventory_service', 'inv2')).json()).toMatchObject({
      verdict: 'unknown',
      reasons: [
        { kind: 'not-verified', provider: { service: 'inventory_service', version: 'inv2' } },
        { kind: 'no-spec-verified' },
      ],
    });
    await given(broker).verified('inventory_service', 'inv2').build();
    const body = (await guard('inventory_service', 'inv2')).json<{
      verdict: string;
      reasons: ReasonBody[];
    }>();
    expect(body.verdict).toBe('safe');
    expect(body.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'compatible',
        via: 'comparison',
        integration: {
          consumer: { service: 'shopping_cart_service', version: 'sc1' },
          provider: { service: 'inventory_service', version: 'inv2' },
        },
      }),
    );
  });

  it('says safe for the new consumer once the new provider is deployed, checking its own consumer too', async () => {
    await given(broker)
      .deployed('inventory_service', 'inv2', 'production')
      .spec('shopping_cart_service', [['get', '/api/carts/{cartId}']], { version: 'sc2' })
      .verified('shopping_cart_service', 'sc2')
      .build();
    const body = (await guard('shopping_cart_service', 'sc2')).json<{
      verdict: string;
      reasons: ReasonBody[];
    }>();
    expect(body.verdict).toBe('safe');
    const integrations = body.reasons
      .filter((reason) => reason.kind === 'compatible')
      .map(
        ({ integration }) =>
          `${integration?.consumer.service}→${integration?.provider.service}@${integration?.provider.version}`,
      );
    expect(integrations).toEqual([
      'shopping_cart_service→inventory_service@inv2',
      'advertising_service→shopping_cart_service@sc2',
    ]);
  });

  it('says unsafe for a version never published, and 404 for an unknown environment', async () => {
    expect((await guard('shopping_cart_service', 'nope')).json()).toMatchObject({
      verdict: 'unsafe',
      reasons: [
        { kind: 'version-not-found', subject: { service: 'shopping_cart_service', version: 'nope' } },
      ],
    });
    const unknownEnvironment = await guard('shopping_cart_service', 'sc2', 'mars');
    expect(unknownEnvironment.statusCode).toBe(404);
    expect(unknownEnvironment.json()).toMatchObject({ code: 'environment.not-found' });
  });

  it('refuses a query missing a parameter', async () => {
    const response = await broker.api({ method: 'GET', url: '/deploy-guard?service=a&version=1' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ path: 'query.environment' })]);
  });
});
