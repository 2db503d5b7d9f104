import { identifierKeys } from './clone-tree.js';
import type { ParsedJson } from './parsed-json.js';

/**
 * Whether JSON text may parse to a tree that {@link prepareParsedJson} must walk: one holding an identifier
 * key (`$id`, `$anchor`, `$dynamicAnchor`) or, when `fileRefsMatter`, a `$ref` whose value does not start
 * with `#`. False only when it surely does not, which spares walking a big spec's whole tree.
 *
 * Every such key starts with `$`, written either as `$` or as the escape `\u0024`. Without that escape, each
 * one is a string the scan saw open with `"$`; any escape inside the name makes the answer "may".
 */
export function mayNeedTreeWalk(json: ParsedJson, fileRefsMatter: boolean): boolean {
  const { text, dollarStrings } = json;
  if (text.includes('\\u0024')) return true;
  for (let i = 0; i < dollarStrings.length; i++) {
    const at = dollarStrings[i]!;
    // Nearly all are `$ref`s: tell them apart without cutting out the name.
    if (text.startsWith('$ref"', at + 1)) {
      if (fileRefsMatter && !startsFragmentValue(text, at + 6)) return true;
      continue;
    }
    const close = text.indexOf('"', at + 2);
    if (close === -1) return true;
    const name = text.slice(at + 1, close);
    if (name.includes('\\') || identifierKeys.has(name)) return true;
  }
  return false;
}

/** Whether `: "#` (JSON whitespace allowed around the colon) follows at `from`. */
function startsFragmentValue(text: string, from: number): boolean {
  let i = skipWhitespace(text, from);
  if (text.charCodeAt(i) !== 58 /* : */) return false;
  i = skipWhitespace(text, i + 1);
  return text.charCodeAt(i) === 34 /* " */ && text.charCodeAt(i + 1) === 35; /* # */
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  return i;
}
