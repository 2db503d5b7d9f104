import type { Finding, FindingCode } from '../model.js';
import { dotted } from '../finding.js';
import { UNSUPPORTED_PATTERN } from '../schema/ajv/ajv-regexp.js';
import { specLocationOf, type SchemaError } from '../schema/schema-errors.js';
import type { MessageSide } from './message-side.js';
import { messageFinding } from './message-finding.js';

export interface SchemaErrorTarget {
  code: FindingCode;
  /** e.g. `Message payload is incompatible with the schema in the spec file` */
  prefix: string;
  /** Where the validated value sits. */
  mockLocation: string;
  /** Where its schema sits. */
  specLocation: string;
  value: unknown;
}

/**
 * Schema errors as error findings, one per distinct (place, problem). A value a spec pattern could not be run
 * on is `spec.pattern.unsupported`, an error too: it was not checked.
 */
export function schemaErrorFindings(
  side: MessageSide,
  errors: readonly SchemaError[],
  target: SchemaErrorTarget,
): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const error of errors) {
    const key = `${error.path.join('\u0000')}\u0001${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const unchecked = error.keyword === UNSUPPORTED_PATTERN;
    const mockLocation = target.mockLocation + dotted(error.path);
    out.push(
      messageFinding(side.interaction, {
        code: unchecked ? 'spec.pattern.unsupported' : target.code,
        type: 'error',
        message: unchecked
          ? `The value at ${mockLocation} cannot be checked against the spec: ${error.message}`
          : `${target.prefix}: ${error.message}`,
        mockLocation,
        mockValue: valueAt(target.value, error.path),
        specLocation: specLocationOf(target.specLocation, error),
      }),
    );
  }
  return out;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
