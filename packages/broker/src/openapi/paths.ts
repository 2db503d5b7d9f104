import { contractsPaths } from './paths-contracts.js';
import { environmentsPaths } from './paths-environments.js';
import { livePaths } from './paths-live.js';
import { serviceDeploymentsPaths } from './paths-service-deployments.js';
import { servicesPaths } from './paths-services.js';
import { specOperationsPaths } from './paths-spec-operations.js';
import { specImpactPaths } from './paths-spec-impact.js';
import { versionSpecsPaths } from './paths-version-specs.js';
import { webhooksPaths } from './paths-webhooks.js';

/** The native API's operations, for `/api/v1/openapi.json`. Tests check this list against the routes. */
export const paths = {
  ...servicesPaths,
  ...contractsPaths,
  ...environmentsPaths,
  ...serviceDeploymentsPaths,
  ...livePaths,
  ...specOperationsPaths,
  ...specImpactPaths,
  ...versionSpecsPaths,
  ...webhooksPaths,
};
