import type { components, paths } from './generated/api-types.js';

/**
 * The broker's JSON shapes, by their names in its OpenAPI document (`/api/v1/openapi.json`). They are
 * generated (`npm run generate:api-types`), so the client never restates a shape by hand.
 */
export type Schemas = components['schemas'];

/** The query parameters `GET path` accepts, as the document declares them. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends {
  get: { parameters: { query?: infer Query } };
}
  ? NonNullable<Query>
  : never;
