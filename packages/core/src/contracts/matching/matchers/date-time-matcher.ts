import type { MatcherCheck } from './matcher-context.js';
import { describe } from './json-type.js';
import { javaDatePattern } from './java-date-pattern.js';

const ISO_DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const ISO_TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?';

/** ISO 8601 defaults when the matcher gives no format. */
const DEFAULTS: Record<string, RegExp> = {
  date: new RegExp(`^${ISO_DATE}$`),
  time: new RegExp(`^${ISO_TIME}$`),
  datetime: new RegExp(`^${ISO_DATE}[T ]${ISO_TIME}$`),
  timestamp: new RegExp(`^${ISO_DATE}[T ]${ISO_TIME}$`),
};

/**
 * `date`, `time`, `datetime` and `timestamp`: the text follows the Java-style `format` (v4) or the
 * pattern under the matcher's own name (v3 `{"match": "date", "date": "yyyy-MM-dd"}`), else ISO 8601.
 * Days are range-checked per month, so `2023-02-30` fails.
 *
 * @example checkDateTime({ match: 'date', format: 'dd/MM/yyyy' }, '', '29/02/2024', ctx) // undefined
 */
export const checkDateTime: MatcherCheck = (matcher, _expected, actual) => {
  const format = matcher['format'] ?? matcher[matcher.match];
  const regex =
    typeof format === 'string' && format !== '' ? javaDatePattern(format) : DEFAULTS[matcher.match];
  if (typeof regex === 'string') return `Cannot apply ${matcher.match} matcher: ${regex}`;
  if (!regex) return `Unknown date/time matcher '${matcher.match}'`;
  const wanted = typeof format === 'string' && format !== '' ? `format '${format}'` : 'ISO 8601';
  if (typeof actual !== 'string' || !regex.test(actual))
    return `Expected ${describe(actual)} to be a ${matcher.match} in ${wanted}`;
  return impossibleDay(actual)
    ? `Expected ${describe(actual)} to be a real calendar ${matcher.match}`
    : undefined;
};

/** Catches 30 February and friends in ISO-ordered dates (year-month-day), the common case. */
function impossibleDay(text: string): boolean {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > lastDay;
}
