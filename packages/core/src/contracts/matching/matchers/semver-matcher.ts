import type semverValid from 'semver/functions/valid.js';
import { lazyRequire } from '../../../shared/lazy-require.js';
import type { MatcherCheck } from './matcher-context.js';
import { describe } from './json-type.js';

// Few pacts use the semver matcher: its package loads when one does.
const validSemver = lazyRequire<typeof semverValid>('semver/functions/valid');

/** `semver`: a semantic version such as `1.2.3-beta.1` (no leading `v`). */
export const checkSemver: MatcherCheck = (_m, _e, actual) =>
  typeof actual === 'string' && !/^v/i.test(actual.trim()) && validSemver()(actual) !== null
    ? undefined
    : `Expected ${describe(actual)} to be a semantic version`;
