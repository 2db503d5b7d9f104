import type * as Yaml from 'yaml';
import { lazyRequire } from './lazy-require.js';

/** NUL, or a UTF-16 surrogate that is not half of a pair: text no database or UTF-8 encoding holds exactly. */
const unstorable = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` holds neither NUL nor an unpaired UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return !unstorable.test(text);
}

/** Escapes that can decode to such text: `\0`, `\x..`, `\u....`, `\U........` (JSON has only `\u`). */
const suspectEscape = /\\[0xuU]/;

/** Tokens the YAML lexer emits to mark structure, which are not part of the text. */
const markers = new Set(['\x02', '\x18', '\x1f']);

// Only a text holding a suspect escape needs the lexer.
const yaml = lazyRequire<typeof Yaml>('yaml');

/** Where in a document text its strings would hold NUL or an unpaired surrogate once decoded. */
export interface UnstorableAt {
  /** `line:column`, 1-based, of the character or of the quoted string whose escapes decode to it. */
  location: string;
}

/**
 * Finds the first place where a JSON or YAML document's decoded strings (keys included) would hold NUL or an
 * unpaired UTF-16 surrogate: such a character written as is, or an escape in a double-quoted string
 * (`"\u0000"`, `"\0"`, `"\x00"`, `"\ud800"` alone). Only double-quoted strings decode escapes, so a backslash
 * elsewhere (plain, single-quoted or block scalars, comments) is text as written and never refused. Linear;
 * the YAML lexer runs only when the text holds such an escape at all.
 *
 * @example findUnstorableText('{"a": "b\\u0000"}') // { location: '1:7' }
 */
export function findUnstorableText(text: string): UnstorableAt | undefined {
  const literal = unstorable.exec(text);
  if (literal !== null) return { location: lineColumn(text, literal.index) };
  if (!suspectEscape.test(text)) return undefined;
  let offset = 0;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token.startsWith('"') && suspectEscape.test(token) && unstorable.test(decodeEscapes(token)))
      return { location: lineColumn(text, offset) };
    // The lexer's own markers (document start, scalar, flow end) take no room in the text.
    if (!markers.has(token)) offset += token.length;
  }
  return undefined;
}

/**
 * A double-quoted scalar with its escapes decoded well enough to tell NUL and surrogates: the escapes that make
 * code points become them; every other escape becomes a harmless letter (folding does not matter here).
 */
function decodeEscapes(token: string): string {
  return token.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([^]))/g,
    (_all, x, u, big, other) => {
      if (other !== undefined) return other === '0' ? '\0' : 'e';
      const code = parseInt((x ?? u ?? big) as string, 16);
      // `\U` with a code point past the last one is refused by the parser itself.
      return code <= 0xffff ? String.fromCharCode(code) : code <= 0x10ffff ? String.fromCodePoint(code) : 'e';
    },
  );
}

function lineColumn(text: string, index: number): string {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return `${line}:${index - start + 1}`;
}
