import { beforeAll, describe, expect, it } from 'vitest';
import { playReferenceWorkflow, type WorkflowResult } from './reference-workflow/workflow.js';

// SPEC §2 end to end: `signet broker` on a fresh embedded database, four real services, every step through the
// built CLI in child processes (build first: `npx tsc -b`; `npm test` does), webhooks delivered to shopping_cart's
// real endpoint. The first start of an empty database runs PGlite's initdb, hence the long timeout.
describe('the reference workflow (npm run demo)', () => {
  let result: WorkflowResult;
  const lines: string[] = [];
  beforeAll(async () => {
    result = await playReferenceWorkflow((line) => lines.push(line));
  }, 600_000);

  it('step 1: the graph shows the four services and three integrations', () => {
    expect(result.graph.services).toEqual([
      'advertising_service',
      'inventory_service',
      'payments_service',
      'shopping_cart_service',
    ]);
    expect(result.graph.integrations).toEqual([
      'advertising_service → shopping_cart_service (compatible)',
      'shopping_cart_service → inventory_service (compatible)',
      'shopping_cart_service → payments_service (compatible)',
    ]);
    expect(result.baseline).toEqual({
      inventory_service: 'safe',
      payments_service: 'safe',
      shopping_cart_service: 'safe',
      advertising_service: 'safe',
    });
    // advertising recorded its contract against signet mock on shopping_cart's spec: one call, accepted.
    expect(result.cartDouble).toEqual({ requests: 1, invalid: 0, unmatched: 0 });
  });

  it("step 3: shopping_cart 2.0's recorded contract is compatible with inventory's new spec", () => {
    expect(result.newContractComparison).toBe('compatible');
    // Recorded against signet mock on inventory's new spec: two items and the gadget, none refused or unmatched.
    expect(result.inventoryDouble).toEqual({ requests: 3, invalid: 0, unmatched: 0 });
  });

  it('step 4: unsafe, naming the integration, the missing operation and the versions', () => {
    expect(result.cartBeforeInventory.verdict).toBe('unsafe');
    const reason = result.cartBeforeInventory.text
      .split('\n')
      .filter((line) => /^ {2}✗ /.test(line) || /^ {6}/.test(line))
      .join('\n');
    expect(reason).toContain('✗ shopping_cart_service@cart-2.0 → inventory_service@inv-1.0: incompatible');
    expect(reason).toContain(
      "missing operation GET /api/gadgets/{gadgetId}: in inventory_service's spec of version inv-2.0, " +
        'not in the spec inventory_service@inv-1.0 was verified against',
    );
    expect(result.cartBeforeInventory.text).not.toContain(
      '✗ shopping_cart_service@cart-2.0 → payments_service',
    );
  });

  it("step 5: shopping_cart's webhook on inventory's verification succeeded, with a secret; the ping verifies", () => {
    expect(result.subscribed.subscription).toMatchObject({
      events: ['verification.succeeded'],
      service: 'inventory_service',
      consumer: null,
      provider: null,
      method: 'POST',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/webhooks\/signet$/),
      hasSecret: true,
      enabled: true,
    });
    expect(result.subscribed.ping).toEqual({ exitCode: 0, check: 'ok' });
  });

  it('step 6: inventory 2.0, verified by signet test, is safe: the deployed shopping_cart still fits', () => {
    expect(result.inventoryNew.verdict).toBe('safe');
    expect(result.inventoryNew.text).toContain('✓ inventory_service@inv-2.0 is verified against its spec');
    expect(result.inventoryNew.text).toContain(
      '✓ shopping_cart_service@cart-1.0 → inventory_service@inv-2.0: compatible',
    );
  });

  it('step 7: the signed verification event for inventory 2.0 reached shopping_cart, retried after a 503', () => {
    const { event, requests, log, copies } = result.delivered;
    expect(event).toMatchObject({
      event: 'verification.succeeded',
      service: 'inventory_service',
      version: 'inv-2.0',
      provider: 'inventory_service',
      providerVersion: 'inv-2.0',
      status: 'succeeded',
    });
    // Every request was signed and verified; the endpoint was down for the first, so the broker retried.
    expect(requests).toEqual([
      { check: 'ok', status: 503 },
      { check: 'ok', status: 200 },
    ]);
    expect(log.deliveries).toBe(1);
    expect(log.state).toBe('delivered');
    expect(log.attempts).toBeGreaterThanOrEqual(2);
    expect(log.statuses).toHaveLength(log.attempts);
    expect(log.statuses[0]).toBe(503);
    expect(log.statuses.at(-1)).toBe(200);
    // A replay within the tolerance is accepted but not processed twice; stale or tampered copies are refused.
    expect(copies).toEqual({ replayed: 200, stale: 401, tampered: 401, processedOnce: true });
    expect(lines.some((line) => line.includes('delivered') && line.includes('verification.succeeded'))).toBe(
      true,
    );
  });

  it('step 8: shopping_cart 2.0 is safe: its providers and its consumer in production are compatible', () => {
    expect(result.cartAfterInventory.verdict).toBe('safe');
    for (const pair of [
      'shopping_cart_service@cart-2.0 → inventory_service@inv-2.0',
      'shopping_cart_service@cart-2.0 → payments_service@pay-1.0',
      'advertising_service@ads-1.0 → shopping_cart_service@cart-2.0',
    ]) {
      expect(result.cartAfterInventory.text).toContain(`✓ ${pair}: compatible`);
    }
  });

  it('step 9: the matrix has every consumer version × provider version, and the timeline the history', () => {
    expect(result.matrixRows).toBe(8);
    expect(result.eventTypes).toEqual(
      expect.arrayContaining([
        'contract.published',
        'comparison.succeeded',
        'deployment.recorded',
        'spec.published',
        'verification.succeeded',
      ]),
    );
    expect(lines.filter((line) => line.includes('not played yet'))).toEqual([]);
  });
});
