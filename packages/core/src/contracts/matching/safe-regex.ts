import { wholeTextPattern } from '../../shared/linear-regex.js';

/**
 * Whether `text` matches `pattern` as a whole, as Pact regex matchers require. Patterns run on re2js (linear
 * time), so a user-supplied regex cannot hang the process; see {@link wholeTextPattern} for the fallback rule.
 *
 * @returns `true`/`false`, or a message when the pattern cannot be evaluated safely.
 * @example fullMatch('\\d+', '123') // true
 */
export function fullMatch(pattern: string, text: string): boolean | string {
  const compiled = wholeTextPattern(pattern);
  if (!compiled.ok) return compiled.reason;
  try {
    return compiled.regex.test(text);
  } catch (error) {
    return `regular expression could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
  }
}
