import { SpecError } from './spec-error.js';
import type { SchemaDialect, SpecFormat } from './model.js';

export interface DetectedFormat {
  format: SpecFormat;
  version: string;
  dialect: SchemaDialect;
}

/**
 * Reads `swagger` / `openapi` to pick the format. YAML may give numbers (`swagger: 2.0` → 2).
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
  throw new SpecError(
    'spec.unsupported-version',
    'document has neither an "openapi" nor a "swagger" field',
    '',
  );
}
