import type { DemoWorld, Say, Verdict } from './demo-world.js';
import type { MockServed } from './processes/mock.js';
import { advertising, cart, inventory, payments } from './names.js';
import { recordAdvertising, recordShoppingCart } from './record-contracts.js';
import type { RunningService } from './services/http-service.js';
import { startInventory } from './services/inventory.js';
import { startPayments } from './services/payments.js';
import { startShoppingCart } from './services/shopping-cart.js';

/** What step 1 leaves behind: the graph, each first version's verdict, and the services still running. */
export interface FirstRelease {
  graph: { services: string[]; integrations: string[] };
  baseline: Record<string, Verdict>;
  paymentsV1: RunningService;
  /** What advertising's test double of shopping_cart (`signet mock` on the cart's spec) served while it recorded. */
  cartDouble: MockServed;
}

/**
 * Step 1: the teams publish specs and contracts (recorded through `signet proxy`); then, as the state the
 * scenario starts from, each first version is verified with `signet test`, guarded and deployed to production.
 */
export async function playFirstRelease(world: DemoWorld, say: Say): Promise<FirstRelease> {
  const inventoryV1 = await world.service(startInventory(1));
  const paymentsV1 = await world.service(startPayments());
  const upstreams = { inventoryUrl: inventoryV1.url, paymentsUrl: paymentsV1.url };
  const cartV1 = await world.service(startShoppingCart(1, upstreams));
  const cartPacts = await recordShoppingCart(world, 1, upstreams);
  // advertising tests against a double of shopping_cart generated from the cart's spec, not the cart itself.
  const cartDouble = await world.mockSpec('shopping-cart-v1');
  const adsPacts = await recordAdvertising(world, cartDouble.url);
  const cartDoubleServed = await cartDouble.stop();
  await world.publishSpec('inventory-v1', inventory, 'inv-1.0');
  await world.publishSpec('payments', payments, 'pay-1.0');
  await world.publishSpec('shopping-cart-v1', cart, 'cart-1.0');
  await world.publishContracts(cartPacts, 'cart-1.0');
  await world.publishContracts(adsPacts, 'ads-1.0');
  const graph = await world.views.graph();
  say(`service graph: ${graph.services.join(', ')}\n  integrations: ${graph.integrations.join(', ')}`);

  say('\n== Step 1 (continued): each first version is verified with signet test and deployed to production');
  const providers: Array<[string, string, string]> = [
    [inventory, 'inv-1.0', inventoryV1.url],
    [payments, 'pay-1.0', paymentsV1.url],
    [cart, 'cart-1.0', cartV1.url],
  ];
  for (const [service, version, url] of providers) await world.verify(service, version, url);
  const baseline: Record<string, Verdict> = {};
  // Providers first: a consumer is only safe where its providers already run.
  for (const [service, version] of [...providers, [advertising, 'ads-1.0']] as const) {
    baseline[service] = (await world.deployGuard(service, version)).verdict;
    await world.recordDeployment(service, version);
  }
  return { graph, baseline, paymentsV1, cartDouble: cartDoubleServed };
}
