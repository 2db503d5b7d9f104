import type { DemoWorld } from './demo-world.js';
import { advertising, cart, inventory, payments } from './names.js';
import { startAdvertising } from './services/advertising.js';
import { callJson } from './services/http-service.js';
import { startShoppingCart } from './services/shopping-cart.js';

/**
 * shopping_cart's test suite, its providers behind `signet proxy`: the cart's calls to inventory and payments
 * become its Pact files. Version 2 also asks for a gadget offer, which calls inventory's new endpoint.
 */
export function recordShoppingCart(
  world: DemoWorld,
  version: 1 | 2,
  providers: { inventoryUrl: string; paymentsUrl: string },
): Promise<string[]> {
  const targets = { [inventory]: providers.inventoryUrl, [payments]: providers.paymentsUrl };
  return world.record(cart, `cart-${version}.0`, targets, async (proxies) => {
    const upstreams = { inventoryUrl: proxies[inventory]!, paymentsUrl: proxies[payments]! };
    const consumer = await startShoppingCart(version, upstreams);
    try {
      await callJson('GET', `${consumer.url}/api/carts/cart-1`);
      if (version === 2) await callJson('GET', `${consumer.url}/api/carts/cart-1/gadget-offer`);
      await callJson('POST', `${consumer.url}/api/carts/cart-1/checkout`);
    } finally {
      await consumer.close();
    }
  });
}

/** advertising's test suite, shopping_cart (its double, `signet mock` on the cart's spec) behind `signet proxy`. */
export function recordAdvertising(world: DemoWorld, cartUrl: string): Promise<string[]> {
  return world.record(advertising, 'ads-1.0', { [cart]: cartUrl }, async (proxies) => {
    const consumer = await startAdvertising(proxies[cart]!);
    try {
      await callJson('GET', `${consumer.url}/ads/cart-1`);
    } finally {
      await consumer.close();
    }
  });
}
