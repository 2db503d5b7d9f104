import { SpecError } from '../spec-error.js';

/**
 * Normalises a response key: `200`, `2XX` (ranges upper-cased) or `default`. Anything else is invalid.
 *
 * @example responseStatus('2xx', '/paths/~1a/get/responses/2xx') // '2XX'
 */
export function responseStatus(key: string, pointer: string): string {
  const trimmed = key.trim();
  if (/^[1-5]\d\d$/.test(trimmed)) return trimmed;
  if (/^[1-5]xx$/i.test(trimmed)) return trimmed.toUpperCase();
  if (trimmed.toLowerCase() === 'default') return 'default';
  throw new SpecError(
    'spec.invalid',
    `response key "${key}" is not a status code, range (2XX) or default`,
    pointer,
  );
}
