import { parseMediaType } from '../../media-type.js';
import { detectContentType } from '../detect-content-type.js';
import type { MatcherCheck } from './matcher-context.js';

/**
 * `contentType`: the content, sniffed from its bytes, is of the matcher's media type. Bodies hand
 * over their raw bytes (`Uint8Array`); a string value is sniffed as UTF-8 text.
 *
 * @example checkContentType({ match: 'contentType', value: 'image/png' }, '', pngBytes, ctx) // undefined
 */
export const checkContentType: MatcherCheck = (matcher, _expected, actual) => {
  const wanted = typeof matcher['value'] === 'string' ? parseMediaType(matcher['value'])?.essence : undefined;
  if (!wanted) return 'The contentType matcher needs a media type "value"';
  const bytes =
    actual instanceof Uint8Array
      ? actual
      : typeof actual === 'string'
        ? Buffer.from(actual, 'utf8')
        : undefined;
  if (!bytes) return `Expected content of type ${wanted}, but there is no content`;
  const detected = detectContentType(bytes);
  const ok =
    detected === wanted ||
    (wanted.startsWith('text/') && detected === 'text/plain') ||
    (wanted.endsWith('+json') && detected === 'application/json') ||
    (wanted.endsWith('+xml') && detected === 'application/xml');
  return ok ? undefined : `Expected content of type ${wanted} but it looks like ${detected}`;
};
