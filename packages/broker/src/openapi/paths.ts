import { contractsPaths } from './paths-contracts.js';
import { environmentsPaths } from './paths-environments.js';
import { servicesPaths } from './paths-services.js';

/** The native API's operations, for `/api/v1/openapi.json`. Tests check this list against the routes. */
export const paths = { ...servicesPaths, ...contractsPaths, ...environmentsPaths };
