import type { CodeOptions, ErrorObject } from 'ajv';
import { schemaPattern } from '../../../shared/linear-regex.js';

/** The keyword of the error standing for a value that reached a pattern which cannot be run safely. */
export const UNSUPPORTED_PATTERN = 'x-signet-unsupported-pattern';

/** Thrown by a compiled validator whose value reached a pattern {@link schemaPattern} refuses. */
export class UnsupportedPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'UnsupportedPatternError';
  }
}

/**
 * Ajv's `code.regExp` engine: every `pattern` and `patternProperties` a compiled validator tests runs through
 * {@link schemaPattern} (linear time). A pattern it refuses still compiles, but testing a value against it
 * throws {@link UnsupportedPatternError}: passing or failing it (even inside `not`/`oneOf`) would be a guess.
 * Ajv passes the `u` flag, which schemaPattern always applies.
 */
export const linearRegExp: NonNullable<CodeOptions['regExp']> = Object.assign(
  (pattern: string) => {
    const compiled = schemaPattern(pattern);
    const test = compiled.ok
      ? (text: string) => compiled.regex.test(text)
      : () => {
          throw new UnsupportedPatternError(pattern, compiled.reason);
        };
    // Ajv shares one compiled pattern per `toString()`, so it must name the pattern.
    return { test, toString: () => `/${pattern}/u` };
  },
  // Only standalone code generation (which Signet does not use) reads this.
  { code: 'linearRegExp' },
);

/** The thrown error as the one error of the validation: the value, as a whole, could not be checked. */
export function unsupportedPatternError(error: UnsupportedPatternError): ErrorObject {
  return {
    keyword: UNSUPPORTED_PATTERN,
    instancePath: '',
    schemaPath: '#',
    params: { pattern: error.pattern },
    message: error.reason,
  };
}
