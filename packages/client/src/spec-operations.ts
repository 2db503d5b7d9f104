import { createHttp, path, type ClientOptions } from './http.js';

/** One operation of a spec, as the broker reads it with its spec loader. */
export interface SpecOperation {
  method: string;
  path: string;
  operationId: string | null;
  summary: string | null;
  parameters: Array<{ name: string; in: string; required: boolean }>;
  requestBody: { required: boolean; contentTypes: string[] } | null;
  responses: Array<{ status: string; contentTypes: string[]; schema: unknown }>;
}

/** The operations and named schemas of a provider's latest spec. */
export interface SpecOperations {
  service: string;
  version: string | null;
  contentSha: string;
  format: 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';
  title: string | null;
  operations: SpecOperation[];
  schemas: Record<string, unknown>;
}

/**
 * `/services/{name}/specs/latest/operations`: what the provider's latest spec offers (for the UI).
 *
 * @example
 * ```ts
 * const { operations } = await specOperationsApi({ baseUrl: '' }).latest('inventory_service');
 * ```
 */
export function specOperationsApi(options: ClientOptions) {
  const http = createHttp(options);
  return {
    latest: (provider: string) =>
      http<SpecOperations>({ method: 'GET', path: path`/services/${provider}/specs/latest/operations` }),
  };
}
