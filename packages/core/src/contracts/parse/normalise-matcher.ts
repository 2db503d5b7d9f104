import type { Matcher } from '../model.js';
import { field, isRecord, pointer } from './json-guards.js';
import { KNOWN_MATCHERS } from './known-matchers.js';
import { report } from './parse-context.js';
import type { ParseContext } from './parse-context.js';

/**
 * One matcher definition. A v2 matcher may omit `match` (`{ min: 1 }` means type with min, `{ regex }`
 * means regex). Options are checked where a wrong type would make the matcher meaningless.
 *
 * @example normaliseMatcher({ min: 2 }, ctx, '/m') // { match: 'type', min: 2 }
 */
export function normaliseMatcher(raw: unknown, ctx: ParseContext, location: string): Matcher | undefined {
  const bad = (message: string, at = location): undefined => {
    report(ctx, 'contract.matcher.invalid', message, at);
    return undefined;
  };
  if (!isRecord(raw)) return bad('A matcher must be an object such as {"match": "type"}');
  const declared = field(raw, 'match');
  const match = typeof declared === 'string' ? declared : inferMatch(raw);
  if (match === undefined) return bad('A matcher needs a "match" name', pointer(location, 'match'));
  if (!KNOWN_MATCHERS.has(match)) return bad(`Unknown matcher '${match}'`, pointer(location, 'match'));
  const problem = optionProblem(match, raw);
  if (problem) return bad(problem.message, pointer(location, problem.option));
  return { ...raw, match };
}

function inferMatch(raw: Record<string, unknown>): string | undefined {
  if ('regex' in raw) return 'regex';
  if ('min' in raw || 'max' in raw) return 'type';
  return undefined;
}

function optionProblem(
  match: string,
  raw: Record<string, unknown>,
): { option: string; message: string } | undefined {
  for (const option of ['min', 'max']) {
    const value = field(raw, option);
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
      return { option, message: `"${option}" must be a non-negative integer` };
    }
  }
  const needsString: Record<string, string> = { regex: 'regex', include: 'value', contentType: 'value' };
  const option = needsString[match];
  if (option !== undefined && typeof field(raw, option) !== 'string') {
    return { option, message: `The ${match} matcher needs a string "${option}"` };
  }
  if (match === 'arrayContains' && !Array.isArray(field(raw, 'variants'))) {
    return { option: 'variants', message: 'The arrayContains matcher needs a "variants" array' };
  }
  return undefined;
}
