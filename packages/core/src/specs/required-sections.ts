import type { SpecFormat } from './model.js';
import { SpecError } from './spec-error.js';

const present = (document: Record<string, unknown>, key: string) =>
  document[key] !== undefined && document[key] !== null;

/**
 * Refuses a document that describes no API: Swagger 2.0 and OpenAPI 3.0 require `paths` (it may be empty,
 * `{}`); OpenAPI 3.1 requires at least one of `paths`, `webhooks` and `components`. Without this, a file that
 * is not really a spec (a stray `openapi:` key) would load as one with no operations and every comparison
 * against it would fail for a reason nobody sees.
 *
 * @example requireApiSections({ openapi: '3.0.3', info: {} }, 'openapi-3.0') // throws spec.invalid at /paths
 */
export function requireApiSections(document: Record<string, unknown>, format: SpecFormat): void {
  if (format === 'openapi-3.1') {
    if (!['paths', 'webhooks', 'components'].some((key) => present(document, key)))
      throw new SpecError(
        'spec.invalid',
        'an OpenAPI 3.1 document needs at least one of "paths", "webhooks" and "components"',
        '',
      );
    return;
  }
  if (!present(document, 'paths')) {
    const kind = format === 'swagger-2.0' ? 'a Swagger 2.0' : 'an OpenAPI 3.0';
    throw new SpecError(
      'spec.invalid',
      `${kind} document needs "paths" (an empty {} if it has none)`,
      '/paths',
    );
  }
}
