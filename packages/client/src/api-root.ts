import { InvalidBrokerUrlError } from './errors.js';

/**
 * Where the broker's `/api/v1` is, given its root URL; throws `InvalidBrokerUrlError` for anything but an
 * absolute http or https URL (a typo'd scheme, a bare host name), so callers get one clear message.
 *
 * @example apiRoot('http://localhost:3000/') // 'http://localhost:3000/api/v1'
 */
export function apiRoot(baseUrl: string): string {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw new InvalidBrokerUrlError(baseUrl);
  return baseUrl.replace(/\/+$/, '') + '/api/v1';
}
