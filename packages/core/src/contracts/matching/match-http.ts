import { headerValue } from '../media-type.js';
import type { HttpRequest, HttpResponse, PactVersion } from '../model.js';
import { applyRules } from './apply-rules.js';
import { matchBody } from './body/match-body.js';
import { matchHeaders } from './match-headers.js';
import { matchQuery, matchRawQuery } from './match-query.js';
import { usesMatchers } from './mismatch.js';
import type { Mismatch } from './mismatch.js';
import { rulesForName } from './rule-selection.js';

/**
 * Compares normalised requests: method (case-insensitive), path, query, headers and body. Unexpected
 * body keys are not allowed in requests. Takes the parsed model, e.g. from `parseContract`.
 *
 * @example compareRequests(interaction.request, recordedRequest, contract.pactVersion) // [] when it matches
 */
export function compareRequests(
  expected: HttpRequest,
  actual: HttpRequest,
  version: PactVersion,
): Mismatch[] {
  const rules = usesMatchers(version) ? expected.matchingRules : {};
  const mismatches: Mismatch[] = [];
  if (expected.method.toUpperCase() !== actual.method.toUpperCase()) {
    mismatches.push({
      kind: 'method',
      path: '',
      expected: expected.method,
      actual: actual.method,
      message: `Expected method ${expected.method} but received ${actual.method}`,
    });
  }
  const pathRules = rulesForName(rules['path'], '');
  const pathProblems = pathRules
    ? applyRules(pathRules, expected.path, actual.path, { direct: true, stringly: true })
    : expected.path === actual.path
      ? []
      : [`Expected path '${expected.path}' but received '${actual.path}'`];
  for (const message of pathProblems)
    mismatches.push({ kind: 'path', path: '', expected: expected.path, actual: actual.path, message });
  const v1Query = version === '1' && expected.rawQuery !== undefined && actual.rawQuery !== undefined;
  mismatches.push(
    ...(v1Query
      ? matchRawQuery(expected.rawQuery!, actual.rawQuery!)
      : matchQuery(expected.query, actual.query, rules['query'])),
  );
  mismatches.push(...matchHeaders(expected.headers, actual.headers, rules['header']));
  mismatches.push(
    ...matchBody(expected.body, actual.body, {
      rules: usesMatchers(version) ? rules['body'] : undefined,
      allowUnexpectedKeys: false,
      ...contentTypes(expected.headers, actual.headers),
    }),
  );
  return mismatches;
}

/**
 * Compares normalised responses: status, headers and body (unexpected body keys allowed).
 *
 * @example compareResponses(interaction.response, observedResponse, '4').map((m) => m.message)
 */
export function compareResponses(
  expected: HttpResponse,
  actual: HttpResponse,
  version: PactVersion,
): Mismatch[] {
  const rules = usesMatchers(version) ? expected.matchingRules : {};
  const mismatches: Mismatch[] = [];
  const statusRules = rulesForName(rules['status'], '');
  const statusProblems = statusRules
    ? applyRules(statusRules, expected.status, actual.status, { direct: true, stringly: false })
    : expected.status === actual.status
      ? []
      : [`Expected status ${expected.status} but received ${actual.status}`];
  for (const message of statusProblems)
    mismatches.push({ kind: 'status', path: '', expected: expected.status, actual: actual.status, message });
  mismatches.push(...matchHeaders(expected.headers, actual.headers, rules['header']));
  mismatches.push(
    ...matchBody(expected.body, actual.body, {
      rules: usesMatchers(version) ? rules['body'] : undefined,
      allowUnexpectedKeys: true,
      ...contentTypes(expected.headers, actual.headers),
    }),
  );
  return mismatches;
}

function contentTypes(
  expected: Record<string, string[]>,
  actual: Record<string, string[]>,
): { expectedType?: string; actualType?: string } {
  const expectedType = headerValue(expected, 'content-type');
  const actualType = headerValue(actual, 'content-type');
  return {
    ...(expectedType !== undefined ? { expectedType } : {}),
    ...(actualType !== undefined ? { actualType } : {}),
  };
}
