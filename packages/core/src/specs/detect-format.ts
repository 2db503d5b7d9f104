import { SpecError } from './spec-error.js';
import type { SchemaDialect, SpecFormat } from './model.js';

export interface DetectedFormat {
  format: SpecFormat;
  version: string;
  dialect: SchemaDialect;
}

/**
 * Reads `swagger` / `openapi` / `asyncapi` to pick the format. YAML may give numbers (`swagger: 2.0` → 2).
 *
 * @example detectFormat({ openapi: '3.1.0' }) // { format: 'openapi-3.1', version: '3.1.0', dialect: '2020-12' }
 */
export function detectFormat(document: Record<string, unknown>): DetectedFormat {
  if ('openapi' in document) {
    const version = String(document.openapi);
    if (/^3\.0(\.\d+)?(-.*)?$/.test(version) || version === '3') {
      return { format: 'openapi-3.0', version, dialect: 'draft-07' };
    }
    if (/^3\.1(\.\d+)?(-.*)?$/.test(version)) return { format: 'openapi-3.1', version, dialect: '2020-12' };
    throw new SpecError(
      'spec.unsupported-version',
      `OpenAPI ${version} is not supported (3.0.x and 3.1.x are)`,
      '/openapi',
    );
  }
  if ('swagger' in document) {
    const version = String(document.swagger);
    if (version === '2.0' || version === '2') return { format: 'swagger-2.0', version, dialect: 'draft-07' };
    throw new SpecError(
      'spec.unsupported-version',
      `Swagger ${version} is not supported (2.0 is)`,
      '/swagger',
    );
  }
  if ('asyncapi' in document) return detectAsyncapi(String(document.asyncapi));
  throw new SpecError(
    'spec.unsupported-version',
    'document has none of the fields "openapi", "swagger" and "asyncapi"',
    '',
  );
}

/** AsyncAPI 2.x and 3.x; their schemas are JSON Schema draft-07 (with a few AsyncAPI keywords). */
function detectAsyncapi(version: string): DetectedFormat {
  if (/^2\.\d+\.\d+(-.*)?$/.test(version)) return { format: 'asyncapi-2', version, dialect: 'draft-07' };
  if (/^3\.\d+\.\d+(-.*)?$/.test(version)) return { format: 'asyncapi-3', version, dialect: 'draft-07' };
  throw new SpecError(
    'spec.unsupported-version',
    `AsyncAPI ${version} is not supported (2.x and 3.x are)`,
    '/asyncapi',
  );
}

/** Whether a format is AsyncAPI (messages, no HTTP operations). */
export function isAsyncapi(format: SpecFormat): boolean {
  return format === 'asyncapi-2' || format === 'asyncapi-3';
}
