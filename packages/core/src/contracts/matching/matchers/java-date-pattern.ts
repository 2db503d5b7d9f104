import { builtExpression, quoteLiteral, type LinearRegex } from '../../../shared/linear-regex.js';

/**
 * Converts a Java date/time format pattern (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, as Pact's date, time and
 * timestamp matchers use) into an anchored regular expression. Optional sections `[...]` are supported.
 * The contract's author shapes the expression (`nynyny` is `\d+\d+\d+…`), so it runs on re2js.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_SHORT = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DAYS_SHORT = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';

const num = (one: string, two: string) => (n: number) => (n === 1 ? one : two);

/** Regex source for `n` repetitions of a pattern letter; `undefined` for letters we do not support. */
const LETTERS: Record<string, (n: number) => string> = {
  y: (n) => (n === 2 ? '\\d{2}' : n === 1 ? '\\d+' : `\\d{${n}}`),
  u: (n) => (n === 2 ? '\\d{2}' : n === 1 ? '\\d+' : `\\d{${n}}`),
  M: (n) =>
    n === 1
      ? '(?:1[0-2]|0?[1-9])'
      : n === 2
        ? '(?:0[1-9]|1[0-2])'
        : n === 3
          ? `(?:${MONTHS_SHORT})`
          : `(?:${MONTHS})`,
  L: (n) =>
    n === 1
      ? '(?:1[0-2]|0?[1-9])'
      : n === 2
        ? '(?:0[1-9]|1[0-2])'
        : n === 3
          ? `(?:${MONTHS_SHORT})`
          : `(?:${MONTHS})`,
  d: num('(?:3[01]|[12]\\d|0?[1-9])', '(?:0[1-9]|[12]\\d|3[01])'),
  D: () => '\\d{1,3}',
  H: num('(?:2[0-3]|[01]?\\d)', '(?:[01]\\d|2[0-3])'),
  k: num('(?:2[0-4]|1\\d|0?[1-9])', '(?:0[1-9]|1\\d|2[0-4])'),
  K: num('(?:1[01]|0?\\d)', '(?:0\\d|1[01])'),
  h: num('(?:1[0-2]|0?[1-9])', '(?:0[1-9]|1[0-2])'),
  m: num('[0-5]?\\d', '[0-5]\\d'),
  s: num('[0-5]?\\d', '[0-5]\\d'),
  S: (n) => `\\d{${n}}`,
  n: () => '\\d+',
  E: (n) => (n <= 3 ? `(?:${DAYS_SHORT})` : `(?:${DAYS})`),
  e: () => '[1-7]',
  a: () => '(?:AM|PM|am|pm)',
  G: () => '(?:AD|BC)',
  w: () => '\\d{1,2}',
  W: () => '\\d',
  F: () => '\\d',
  Q: (n) => (n <= 2 ? '\\d' : 'Q\\d'),
  z: () => '[A-Za-z][A-Za-z0-9/_+:-]*',
  V: () => '[A-Za-z][A-Za-z0-9/_+-]*',
  Z: (n) =>
    n <= 3 ? '[+-]\\d{4}' : n === 4 ? '(?:GMT|UTC)?(?:[+-]\\d{2}:\\d{2}|Z)?' : '(?:[+-]\\d{2}:\\d{2}|Z)',
  X: (n) => `(?:Z|${offset(n)})`,
  x: (n) => offset(n),
};

function offset(n: number): string {
  if (n === 1) return '[+-]\\d{2}(?:\\d{2})?';
  if (n === 2) return '[+-]\\d{4}';
  if (n === 3) return '[+-]\\d{2}:\\d{2}';
  return '[+-]\\d{2}:?\\d{2}(?::?\\d{2})?';
}

/**
 * @returns the regex, or a message naming the unsupported part of the pattern.
 * @example javaDatePattern('yyyy-MM-dd') // a regex matching '2024-02-29'
 */
export function javaDatePattern(pattern: string): LinearRegex | string {
  let source = '';
  let open = 0;
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) return `unterminated quote in date pattern '${pattern}'`;
      source += end === i + 1 ? "'" : quoteLiteral(pattern.slice(i + 1, end));
      i = end + 1;
    } else if (c === '[' || c === ']') {
      if (c === ']' && open === 0) return `unbalanced ']' in date pattern '${pattern}'`;
      source += c === '[' ? '(?:' : ')?';
      open += c === '[' ? 1 : -1;
      i++;
    } else if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      const letter = LETTERS[c];
      if (!letter) return `unsupported letter '${c}' in date pattern '${pattern}'`;
      source += letter(n);
      i += n;
    } else {
      source += quoteLiteral(c);
      i++;
    }
  }
  if (open !== 0) return `unbalanced '[' in date pattern '${pattern}'`;
  const compiled = builtExpression(`^${source}$`);
  return compiled.ok ? compiled.regex : `date pattern '${pattern}' cannot be matched: ${compiled.reason}`;
}
