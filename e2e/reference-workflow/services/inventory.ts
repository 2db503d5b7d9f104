import { startService, type RunningService, type Route } from './http-service.js';

/**
 * inventory_service: items with their stock; version 2.0 adds `GET /api/gadgets/{gadgetId}` (SPEC §2, step 2).
 * Every id exists, so generated requests (`signet test`) always find something.
 */
export function startInventory(version: 1 | 2): Promise<RunningService> {
  const routes: Route[] = [
    [
      'GET',
      /^\/api\/items\/(?<itemId>[^/]+)$/,
      ({ itemId = '' }) => ({
        status: 200,
        body: { id: itemId, name: `item ${itemId}`, stock: itemId.length },
      }),
    ],
  ];
  if (version === 2) {
    routes.push([
      'GET',
      /^\/api\/gadgets\/(?<gadgetId>[^/]+)$/,
      ({ gadgetId = '' }) => ({
        status: 200,
        body: { id: gadgetId, name: `gadget ${gadgetId}`, price: 19.99 },
      }),
    ]);
  }
  return startService(`inventory_service v${version}`, routes);
}
