import { callJson, startService, type RunningService } from './http-service.js';

/** advertising_service: an ad for a cart, from what shopping_cart says is in it. */
export function startAdvertising(cartUrl: string): Promise<RunningService> {
  return startService('advertising_service', [
    [
      'GET',
      /^\/ads\/(?<cartId>[^/]+)$/,
      async ({ cartId = '' }) => {
        const cart = (await callJson('GET', `${cartUrl}/api/carts/${cartId}`)) as {
          items: Array<{ name: string }>;
        };
        return { status: 200, body: { headline: `More like ${cart.items[0]?.name ?? 'this'}` } };
      },
    ],
  ]);
}
