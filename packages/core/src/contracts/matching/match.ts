import type { PactVersion } from '../model.js';
import { normaliseRequest, normaliseResponse } from '../parse/normalise-http.js';
import { normaliseMessage } from '../parse/normalise-message.js';
import type { ParseContext } from '../parse/parse-context.js';
import { compareRequests, compareResponses } from './match-http.js';
import { compareMessages } from './match-message-contents.js';
import { toResult } from './mismatch.js';
import type { MatchOptions, MatchResult, Mismatch } from './mismatch.js';

/**
 * Does an actual request satisfy the expected one? Both take the shapes a Pact file of that version
 * uses (`query` as a string in v1/v2, v4 body objects, flat or by-category matching rules); the
 * expected side's matching rules apply (v1 and v1.1 ignore them). Never throws.
 *
 * @example
 * matchRequest(
 *   { method: 'GET', path: '/users', query: { page: ['1'] }, matchingRules: { query: { page: { matchers: [{ match: 'integer' }] } } } },
 *   { method: 'get', path: '/users', query: { page: ['7'] } },
 *   { pactVersion: '3' },
 * ).matched // true
 */
export function matchRequest(expected: unknown, actual: unknown, options: MatchOptions): MatchResult {
  return guarded(
    (ctx) =>
      compareRequests(normaliseRequest(expected, ctx, ''), normaliseRequest(actual, ctx, ''), ctx.version),
    options,
  );
}

/**
 * Does an actual response satisfy the expected one? Unexpected body keys and headers are allowed.
 *
 * @example matchResponse({ status: 200, body: { id: 1 } }, { status: 200, body: { id: 1, name: 'x' } }, { pactVersion: '2' }).matched // true
 */
export function matchResponse(expected: unknown, actual: unknown, options: MatchOptions): MatchResult {
  return guarded(
    (ctx) =>
      compareResponses(normaliseResponse(expected, ctx, ''), normaliseResponse(actual, ctx, ''), ctx.version),
    options,
  );
}

/**
 * Does an actual message satisfy the expected one? v3 `{contents, metaData}` or v4
 * `{contents: {content, contentType, encoded}, metadata}`.
 *
 * @example matchMessage({ contents: { id: 1 } }, { contents: { id: 1 } }, { pactVersion: '3' }).matched // true
 */
export function matchMessage(expected: unknown, actual: unknown, options: MatchOptions): MatchResult {
  return guarded(
    (ctx) =>
      compareMessages(normaliseMessage(expected, ctx, ''), normaliseMessage(actual, ctx, ''), ctx.version),
    options,
  );
}

/** Runs a comparison; an unexpected failure (e.g. a body too deep to walk) becomes a mismatch, never an exception. */
function guarded(run: (ctx: ParseContext) => Mismatch[], options: MatchOptions): MatchResult {
  const version: PactVersion = options.pactVersion;
  try {
    return toResult(run({ strict: false, version }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return toResult([{ kind: 'body', path: '', message: `Could not compare: ${reason}` }]);
  }
}
