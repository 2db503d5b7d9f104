import type { PactVersion } from '../model.js';

/** What part of a request, response or message did not match. */
export type MismatchKind =
  'method' | 'path' | 'query' | 'header' | 'body' | 'body-type' | 'status' | 'metadata';

/**
 * One reason an actual request/response/message does not satisfy the expected one.
 * `path` locates it: `$.items[2].id` for bodies, the header or parameter name, or `''`.
 */
export interface Mismatch {
  kind: MismatchKind;
  path: string;
  expected?: unknown;
  actual?: unknown;
  message: string;
}

export interface MatchResult {
  matched: boolean;
  mismatches: Mismatch[];
}

export interface MatchOptions {
  /** Which specification's semantics to apply; '1' and '1.1' ignore matching rules. */
  pactVersion: PactVersion;
}

export function toResult(mismatches: Mismatch[]): MatchResult {
  return { matched: mismatches.length === 0, mismatches };
}

/** v1 and v1.1 pacts have no matchers: values are compared for equality only. */
export function usesMatchers(version: PactVersion): boolean {
  return version !== '1' && version !== '1.1';
}
