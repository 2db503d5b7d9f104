import type { WorkflowResult } from './workflow.js';

/** One line per step of SPEC §2 with what it concluded, for the end of `npm run demo`. */
export function stepVerdicts(result: WorkflowResult): string[] {
  const { subscribed, delivered } = result;
  const baseline = Object.entries(result.baseline)
    .map(([service, verdict]) => `${service} ${verdict}`)
    .join(', ');
  const hook = subscribed.subscription;
  const attempts = delivered.log.statuses.map((status) => status ?? 'no answer').join(' → ');
  return [
    `step 1  graph: ${result.graph.services.length} services, ${result.graph.integrations.length} integrations; first versions: ${baseline}`,
    `step 2  inventory_service inv-2.0 published its spec with GET /api/gadgets/{gadgetId}`,
    `step 3  shopping_cart_service cart-2.0's recorded contract vs inventory's new spec: ${result.newContractComparison}`,
    `step 4  deploy guard shopping_cart_service cart-2.0 → production: ${result.cartBeforeInventory.verdict}`,
    `step 5  webhook ${hook.id}: ${hook.events.join(',')} of ${hook.service} → ${hook.url} ` +
      `(secret: ${hook.hasSecret}); test ping: ${subscribed.ping.exitCode === 0 ? 'delivered' : 'failed'}, signature ${subscribed.ping.check}`,
    `step 6  deploy guard inventory_service inv-2.0 → production: ${result.inventoryNew.verdict}`,
    `step 7  ${delivered.event.event} of ${delivered.event.service}@${delivered.event.version}: ` +
      `${delivered.log.state} after ${delivered.log.attempts} attempts (${attempts}); signature ` +
      `${delivered.requests.at(-1)?.check}; copies: replay ${delivered.copies.replayed}, stale ` +
      `${delivered.copies.stale}, tampered ${delivered.copies.tampered}`,
    `step 8  deploy guard shopping_cart_service cart-2.0 → production: ${result.cartAfterInventory.verdict}`,
    `step 9  matrix: ${result.matrixRows} rows; timeline event types: ${result.eventTypes.join(', ')}`,
  ];
}
