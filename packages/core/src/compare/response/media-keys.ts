import type { Operation, ProviderSpec, Response } from '../../specs/model.js';
import { getAtPointer, parsePointer } from '../schema/json-pointer.js';

/**
 * The media types a response is produced in. Swagger 2 lists them in `produces` (operation, else root) even
 * for responses without a schema, which the normalised model leaves with no content; they are read back
 * from the source document so content negotiation still works there.
 */
export function responseMediaKeys(spec: ProviderSpec, operation: Operation, response: Response): string[] {
  const keys = Object.keys(response.content);
  if (keys.length > 0 || spec.format !== 'swagger-2.0') return keys;
  const own = getAtPointer(spec.document, [...parsePointer(operation.pointer), 'produces']);
  const produces = Array.isArray(own) ? own : spec.document.produces;
  return Array.isArray(produces) ? produces.filter((p): p is string => typeof p === 'string') : [];
}
