/**
 * Rewrites an ECMAScript pattern (as Ajv runs it: the `u` flag, no others) into RE2 syntax with the same
 * meaning, for the parts where the two differ: `.` (ECMAScript excludes all four line terminators), `\s`/`\S`
 * (ECMAScript's white space is Unicode's), `\uXXXX`/`\u{…}`/`\cX`/`\0`, `[\b]`, `[]`/`[^]`, and `\p{Script=…}`.
 * Everything else is written as it was; what RE2 does not have (lookaround, backreferences) is left for RE2
 * to refuse. The caller must first check the pattern is valid ECMAScript: this does not validate it.
 *
 * @returns the RE2 source, or undefined for a construct known to have no RE2 form (a backreference).
 * @example ecmaScriptToRe2('a.b') // 'a[^\\n\\r\\x{2028}\\x{2029}]b'
 */
export function ecmaScriptToRe2(pattern: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const escape = translateEscape(pattern, i, inClass);
      if (escape === undefined) return undefined;
      out += escape.text;
      i = escape.end;
    } else if (inClass) {
      if (c === ']') inClass = false;
      // A literal `[` inside a class: RE2 would read `[:alpha:]` as a POSIX class.
      out += c === '[' ? '\\[' : c;
      i += 1;
    } else if (c === '[') {
      const empty = pattern.startsWith('[]', i) ? 2 : 0;
      const all = pattern.startsWith('[^]', i) ? 3 : 0;
      if (empty > 0 || all > 0) {
        out += empty > 0 ? `[^${ANY}]` : `[${ANY}]`;
        i += empty + all;
      } else {
        inClass = true;
        out += c;
        i += 1;
        if (pattern[i] === '^') {
          out += '^';
          i += 1;
        }
      }
    } else {
      out += c === '.' ? DOT : c;
      i += 1;
    }
  }
  return out;
}

/** ECMAScript's WhiteSpace and LineTerminator code points, the set `\s` matches, as [from, to] ranges. */
const SPACES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const MAX_CODE_POINT = 0x10ffff;

const hex = (code: number): string => `\\x{${code.toString(16)}}`;
const ranges = (list: ReadonlyArray<readonly [number, number]>): string =>
  list.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');

const ANY = ranges([[0, MAX_CODE_POINT]]);
const SPACE_MEMBERS = ranges(SPACES);
const NON_SPACE_MEMBERS = ranges(complement(SPACES));
const DOT = `[^\\n\\r${hex(0x2028)}${hex(0x2029)}]`;

function complement(list: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [from, to] of list) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** The RE2 form of the escape at `at` (a backslash) and where the escape ends; undefined for backreferences. */
function translateEscape(
  pattern: string,
  at: number,
  inClass: boolean,
): { text: string; end: number } | undefined {
  const c = pattern[at + 1] ?? '';
  const same = { text: `\\${c}`, end: at + 2 };
  switch (c) {
    case 'u':
      return unicodeEscape(pattern, at);
    case 'c': {
      const letter = pattern.charCodeAt(at + 2);
      return { text: hex(letter % 32), end: at + 3 };
    }
    case '0':
      return { text: hex(0), end: at + 2 };
    case 's':
      return { text: inClass ? SPACE_MEMBERS : `[${SPACE_MEMBERS}]`, end: at + 2 };
    case 'S':
      return { text: inClass ? NON_SPACE_MEMBERS : `[^${SPACE_MEMBERS}]`, end: at + 2 };
    case 'b':
      return inClass ? { text: hex(8), end: at + 2 } : same;
    case 'k':
      return undefined;
    case 'p':
    case 'P':
      return propertyEscape(pattern, at, c);
    default:
      return /[1-9]/.test(c) ? undefined : same;
  }
}

/** `\uXXXX` (a surrogate pair of them is one code point under `u`) and `\u{X…}`. */
function unicodeEscape(pattern: string, at: number): { text: string; end: number } {
  if (pattern[at + 2] === '{') {
    const close = pattern.indexOf('}', at + 3);
    return { text: hex(parseInt(pattern.slice(at + 3, close), 16)), end: close + 1 };
  }
  const high = parseInt(pattern.slice(at + 2, at + 6), 16);
  const lowMatch = /^\\u([0-9a-fA-F]{4})/.exec(pattern.slice(at + 6, at + 12));
  const low = lowMatch ? parseInt(lowMatch[1] as string, 16) : NaN;
  if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
    return { text: hex(0x10000 + (high - 0xd800) * 0x400 + (low - 0xdc00)), end: at + 12 };
  }
  return { text: hex(high), end: at + 6 };
}

/** `\p{…}` as written, except `Script=`/`General_Category=` values (and short forms), which RE2 names bare. */
function propertyEscape(pattern: string, at: number, c: string): { text: string; end: number } {
  const close = pattern.indexOf('}', at + 3);
  const name = pattern.slice(at + 3, close).replace(/^(?:Script|sc|General_Category|gc)=/, '');
  return { text: `\\${c}{${name}}`, end: close + 1 };
}
