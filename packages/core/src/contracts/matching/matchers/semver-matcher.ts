import semver from 'semver';
import type { MatcherCheck } from './matcher-context.js';
import { describe } from './json-type.js';

/** `semver`: a semantic version such as `1.2.3-beta.1` (no leading `v`). */
export const checkSemver: MatcherCheck = (_m, _e, actual) =>
  typeof actual === 'string' && !/^v/i.test(actual.trim()) && semver.valid(actual) !== null
    ? undefined
    : `Expected ${describe(actual)} to be a semantic version`;
