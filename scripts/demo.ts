/**
 * `npm run demo`: plays SPEC §2's reference workflow with the signet CLI against a fresh broker (embedded
 * database in a temporary directory) and four small real services, printing each step and its verdict.
 */
import { playReferenceWorkflow } from '../e2e/reference-workflow/workflow.js';

const result = await playReferenceWorkflow((line) => console.log(line));
console.log('\n== Verdicts');
console.log(`step 4  shopping_cart_service cart-2.0 → production: ${result.cartBeforeInventory.verdict}`);
console.log(`step 6  inventory_service inv-2.0 → production:      ${result.inventoryNew.verdict}`);
console.log(`step 8  shopping_cart_service cart-2.0 → production: ${result.cartAfterInventory.verdict}`);
console.log(
  'steps 5 and 7 (webhook subscription and delivery) are not played yet: webhooks are being built.',
);
