import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { openApiDocument } from '../../packages/broker/src/openapi/openapi-document.js';

/** Where the client's generated types live (committed, so the client builds without the broker). */
export const apiTypesFile = fileURLToPath(
  new URL('../../packages/client/src/generated/api-types.ts', import.meta.url),
);

/** The command that rewrites the file. */
export const generateCommand = 'npm run generate:api-types';

const header = `/**
 * Generated: do not edit. The types of the broker's /api/v1, by openapi-typescript from the OpenAPI
 * document the broker builds (packages/broker/src/openapi/, served at /api/v1/openapi.json). After changing
 * the document, run \`${generateCommand}\` (scripts/generate-api-types.ts); a test fails while this
 * file is stale.
 */
`;

/**
 * The text of `packages/client/src/generated/api-types.ts`: the broker's OpenAPI document, built from its
 * source, turned into plain TypeScript types and formatted as the repository's Prettier settings say.
 *
 * @example
 * ```ts
 * await writeFile(apiTypesFile, await renderApiTypes());
 * ```
 */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as unknown as OpenAPI3, {
    // `{ type: 'object' }` is any object (a payload, a parsed document), not an empty one.
    emptyObjectsUnknown: true,
    // A default is the broker's to fill in: the field stays optional for callers.
    defaultNonNullable: false,
    silent: true,
  });
  const settings = await resolveConfig(apiTypesFile);
  return format(header + astToString(ast), { ...settings, filepath: apiTypesFile });
}
