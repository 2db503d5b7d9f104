import type { FindingCode } from './model.js';
import type { FindingCollector } from './finding.js';
import { dotted } from './finding.js';
import { collapseEachLike } from './matching/each-like.js';
import { UNSUPPORTED_PATTERN } from './schema/ajv/ajv-regexp.js';
import { specLocationOf, type SchemaError } from './schema/schema-errors.js';

export interface SchemaErrorReport {
  code: FindingCode;
  /** e.g. `Request body is incompatible with the request body schema in the spec file` */
  prefix: string;
  /** Where the validated value sits, e.g. `request.body` or `request.query.id`. */
  mockLocation: string;
  /** Where its schema sits, e.g. `[root].paths./pets.post.requestBody.content.application/json.schema`. */
  specLocation: string;
  value: unknown;
  /** Arrays of copies (see eachLikeArrays) whose repeated problems are reported once. */
  eachLike?: string[][];
  /** Shared across calls to report a problem once across several values (a repeated query key). */
  seen?: Set<string>;
}

/**
 * Turns schema errors into error findings: one per distinct (place, problem). A value that could not be checked
 * because the spec's pattern cannot be run safely is `spec.pattern.unsupported`: an error too, since the value
 * may well be wrong, but not called incompatible.
 */
export function reportSchemaErrors(
  findings: FindingCollector,
  errors: readonly SchemaError[],
  report: SchemaErrorReport,
): void {
  const seen = report.seen ?? new Set<string>();
  for (const error of errors) {
    const key = `${collapseEachLike(error.path, report.eachLike ?? []).join('\u0000')}\u0001${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const unchecked = error.keyword === UNSUPPORTED_PATTERN;
    const mockLocation = report.mockLocation + dotted(error.path);
    findings.add({
      code: unchecked ? 'spec.pattern.unsupported' : report.code,
      type: 'error',
      message: unchecked
        ? `The value at ${mockLocation} cannot be checked against the spec: ${error.message}`
        : `${report.prefix}: ${error.message}`,
      mockLocation,
      mockValue: valueAt(report.value, error.path),
      specLocation: specLocationOf(report.specLocation, error),
    });
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
