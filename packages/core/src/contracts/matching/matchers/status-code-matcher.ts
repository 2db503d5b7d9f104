import type { MatcherCheck } from './matcher-context.js';
import { describe } from './json-type.js';

const CLASSES: Record<string, (status: number) => boolean> = {
  information: (s) => s >= 100 && s < 200,
  success: (s) => s >= 200 && s < 300,
  redirect: (s) => s >= 300 && s < 400,
  clientError: (s) => s >= 400 && s < 500,
  serverError: (s) => s >= 500 && s < 600,
  nonError: (s) => s < 400,
  error: (s) => s >= 400,
};

/**
 * `statusCode`: the status falls in a named class (`success`, `clientError`, …) or is one of a list.
 *
 * @example checkStatusCode({ match: 'statusCode', status: 'success' }, 200, 204, ctx) // undefined
 */
export const checkStatusCode: MatcherCheck = (matcher, _expected, actual) => {
  const status = typeof actual === 'string' ? Number(actual) : actual;
  if (typeof status !== 'number' || !Number.isInteger(status))
    return `Expected ${describe(actual)} to be a status code`;
  const wanted = matcher['status'];
  if (Array.isArray(wanted)) {
    return wanted.includes(status) ? undefined : `Expected status ${status} to be one of ${describe(wanted)}`;
  }
  const inClass = typeof wanted === 'string' ? CLASSES[wanted] : undefined;
  if (!inClass) return `The statusCode matcher has an unknown status '${describe(wanted)}'`;
  return inClass(status) ? undefined : `Expected status ${status} to be a ${wanted as string} status`;
};
