import type { WebhookInbox } from '../webhooks/inbox.js';
import { callJson, startService, type RunningService, type Route } from './http-service.js';

/** Where shopping_cart_service finds its providers (the real ones, test doubles, or `signet proxy`). */
export interface CartUpstreams {
  inventoryUrl: string;
  paymentsUrl: string;
}

const cartItems = [
  { itemId: 'item-1', quantity: 2 },
  { itemId: 'item-2', quantity: 1 },
];

/**
 * shopping_cart_service: carts whose items come from inventory, checkout through payments; version 2.0 adds a
 * gadget offer from inventory's new gadgets endpoint. With an `inbox` it also receives Signet's webhooks at
 * `POST /webhooks/signet` (not part of its published API, so not in its spec).
 */
export function startShoppingCart(
  version: 1 | 2,
  upstreams: CartUpstreams,
  inbox?: WebhookInbox,
): Promise<RunningService> {
  const routes: Route[] = [
    [
      'GET',
      /^\/api\/carts\/(?<cartId>[^/]+)$/,
      async ({ cartId = '' }) => {
        const items = [];
        for (const { itemId, quantity } of cartItems) {
          const item = (await callJson('GET', `${upstreams.inventoryUrl}/api/items/${itemId}`)) as {
            name: string;
          };
          items.push({ itemId, name: item.name, quantity });
        }
        return { status: 200, body: { id: cartId, items } };
      },
    ],
    [
      'POST',
      /^\/api\/carts\/(?<cartId>[^/]+)\/checkout$/,
      async ({ cartId = '' }) => {
        const payment = (await callJson('POST', `${upstreams.paymentsUrl}/api/payments`, {
          cartId,
          amount: 42.5,
        })) as {
          id: string;
          status: string;
        };
        return { status: 200, body: { paymentId: payment.id, status: payment.status } };
      },
    ],
  ];
  if (version === 2) {
    routes.push([
      'GET',
      /^\/api\/carts\/(?<cartId>[^/]+)\/gadget-offer$/,
      async () => {
        const gadget = (await callJson('GET', `${upstreams.inventoryUrl}/api/gadgets/gadget-7`)) as {
          id: string;
          name: string;
          price: number;
        };
        return { status: 200, body: { gadgetId: gadget.id, name: gadget.name, price: gadget.price } };
      },
    ]);
  }
  if (inbox !== undefined) routes.push(inbox.route());
  return startService(`shopping_cart_service v${version}`, routes);
}
