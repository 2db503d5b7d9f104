import type { Response } from '../../specs/model.js';

/**
 * The media types a response is produced in. Swagger 2 lists them in `produces` (operation, else root) even
 * for responses without a schema, which the normalised model keeps in `produces` beside an empty `content`.
 */
export function responseMediaKeys(response: Response): string[] {
  const keys = Object.keys(response.content);
  if (keys.length > 0) return keys;
  return response.produces ?? [];
}
