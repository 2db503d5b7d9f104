/**
 * `npm run generate:api-types`: writes `@signet/client`'s types from the broker's OpenAPI document, so the
 * client's shapes are never written by hand. Run it after changing `packages/broker/src/openapi/`.
 */
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { apiTypesFile, renderApiTypes } from './api-types/render-api-types.js';

await writeFile(apiTypesFile, await renderApiTypes());
console.log(`wrote ${relative(process.cwd(), apiTypesFile)}`);
