import { deployGuardSchemas } from './components-deploy-guard.js';
import { documentSchemas } from './components-documents.js';
import { environmentSchemas } from './components-environments.js';
import { serviceSchemas } from './components-services.js';
import { specOperationSchemas } from './components-spec-operations.js';
import { specImpactSchemas } from './components-spec-impact.js';
import { webhookSchemas } from './components-webhooks.js';

/**
 * Reusable schemas of the native API's OpenAPI document: every field a response carries, and every request
 * body, is declared here. `@signet/client`'s types are generated from them (`npm run generate:api-types`).
 */
export const schemas: Record<string, object> = {
  ...serviceSchemas,
  ...documentSchemas,
  ...environmentSchemas,
  ...deployGuardSchemas,
  ...webhookSchemas,
  ...specOperationSchemas,
  ...specImpactSchemas,
};
