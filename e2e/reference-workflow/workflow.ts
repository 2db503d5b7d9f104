import { randomBytes } from 'node:crypto';
import { DemoWorld, type Say, type Verdict } from './demo-world.js';
import { playFirstRelease } from './first-release.js';
import { cart, inventory } from './names.js';
import { recordShoppingCart } from './record-contracts.js';
import { startInventory } from './services/inventory.js';
import { startShoppingCart } from './services/shopping-cart.js';
import { checkDelivery, subscribeShoppingCart, type Delivered, type Subscribed } from './webhook-steps.js';
import { WebhookInbox } from './webhooks/inbox.js';
import type { MockServed } from './processes/mock.js';

/** What each step concluded, for the e2e test to check. */
export interface WorkflowResult {
  /** Step 1: the service graph, and each first version's verdict before it was deployed. */
  graph: { services: string[]; integrations: string[] };
  baseline: Record<string, Verdict>;
  /** Step 1: what advertising's double of shopping_cart (`signet mock` on the cart's spec) served. */
  cartDouble: MockServed;
  /** Step 3: the broker's comparison of shopping_cart 2.0's contract with inventory's new spec. */
  newContractComparison: string;
  /** Step 3: what inventory's test double (`signet mock` on its new spec) served while the cart recorded. */
  inventoryDouble: MockServed;
  /** Steps 4, 6, 8: verdict and printed reasons. */
  cartBeforeInventory: { verdict: Verdict; text: string };
  inventoryNew: { verdict: Verdict; text: string };
  cartAfterInventory: { verdict: Verdict; text: string };
  /** Step 5: shopping_cart's webhook subscription and its test ping. */
  subscribed: Subscribed;
  /** Step 7: the verification event at shopping_cart's endpoint, and the broker's delivery log. */
  delivered: Delivered;
  /** Step 9: matrix rows and timeline event types the broker shows. */
  matrixRows: number;
  eventTypes: string[];
}

/** Plays SPEC §2's reference workflow with the `signet` CLI against a fresh broker and four real services. */
export async function playReferenceWorkflow(say: Say): Promise<WorkflowResult> {
  const world = await DemoWorld.start(say);
  try {
    return await play(world, say);
  } finally {
    await world.stop();
  }
}

async function play(world: DemoWorld, say: Say): Promise<WorkflowResult> {
  const step = (title: string) => say(`\n== ${title}`);
  await world.signet(['environment', 'create', 'production', '--production']);

  step('Step 1: the teams publish provider specs and consumer contracts (recorded with signet proxy)');
  const { graph, baseline, paymentsV1, cartDouble } = await playFirstRelease(world, say);

  step('Step 2: inventory publishes its new spec with GET /api/gadgets/{gadgetId}');
  await world.publishSpec('inventory-v2', inventory, 'inv-2.0');

  step(
    'Step 3: shopping_cart 2.0 records its calls to its inventory test double (signet mock on the new spec, ' +
      'through signet proxy), publishes them',
  );
  // The double is generated from the spec the teams agreed on, so it cannot answer what inventory would not,
  // and refuses (problem+json) any call the spec does not allow: the cart cannot record a contract off the spec.
  const inventoryDouble = await world.mockSpec('inventory-v2');
  const doubled = { inventoryUrl: inventoryDouble.url, paymentsUrl: paymentsV1.url };
  const recorded = await recordShoppingCart(world, 2, doubled);
  const inventoryDoubleServed = await inventoryDouble.stop();
  await world.publishContracts(recorded, 'cart-2.0');
  const newContractComparison = await world.views.comparison(
    { service: cart, version: 'cart-2.0' },
    { service: inventory, version: 'inv-2.0' },
  );
  say(`the broker compared shopping_cart 2.0's contract with inventory's new spec: ${newContractComparison}`);
  // shopping_cart 2.0's own CI: it is a provider too, so it publishes its spec and verifies its build, which
  // runs against inventory's real new build. This build also receives Signet's webhooks (steps 5 and 7),
  // checking signatures with its secret.
  const inventoryV2 = await world.service(startInventory(2));
  const upstreams = { inventoryUrl: inventoryV2.url, paymentsUrl: paymentsV1.url };
  const inbox = new WebhookInbox(randomBytes(24).toString('base64url'));
  const cartV2 = await world.service(startShoppingCart(2, upstreams, inbox));
  await world.publishSpec('shopping-cart-v2', cart, 'cart-2.0');
  await world.verify(cart, 'cart-2.0', cartV2.url);

  step('Step 4: deploy guard for shopping_cart 2.0 to production');
  const cartBeforeInventory = await world.deployGuard(cart, 'cart-2.0');

  step('Step 5: shopping_cart subscribes a webhook to "inventory_service verification succeeded"');
  const subscribed = await subscribeShoppingCart(world, inbox, `${cartV2.url}/webhooks/signet`);
  say(`the test ping reached shopping_cart's endpoint; its signature check: ${subscribed.ping.check}`);

  step('Step 6: inventory CI runs signet test against its new build and publishes the result');
  // shopping_cart's endpoint is briefly down: its first answer is a 503, so the delivery must be retried.
  inbox.failNext(1);
  say("(shopping_cart's webhook endpoint will answer 503 to the next request: it is restarting)");
  await world.verify(inventory, 'inv-2.0', inventoryV2.url);
  const inventoryNew = await world.deployGuard(inventory, 'inv-2.0');
  await world.recordDeployment(inventory, 'inv-2.0');

  step("Step 7: the webhook fires to shopping_cart's endpoint (signed, retried until delivered)");
  const delivered = await checkDelivery(world, inbox, subscribed.subscription, say);

  step('Step 8: deploy guard for shopping_cart 2.0 to production, again');
  const cartAfterInventory = await world.deployGuard(cart, 'cart-2.0');

  step('Step 9: the matrix and the timeline');
  const { matrixRows, eventTypes } = await world.views.history(say);
  const verdicts = { cartBeforeInventory, inventoryNew, cartAfterInventory, subscribed, delivered };
  return {
    graph,
    baseline,
    cartDouble,
    newContractComparison,
    inventoryDouble: inventoryDoubleServed,
    ...verdicts,
    matrixRows,
    eventTypes,
  };
}
