/** Everything XML 1.0 cannot hold, not even as a character reference: controls, lone surrogates, U+FFFE/FFFF. */
const ILLEGAL_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: `&`, `<`, `>` escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return text.replace(ILLEGAL_IN_XML, '').replace(/[&<>]/g, (c) => entities[c] ?? c);
}

/** A double-quoted attribute value: also `"`, and tabs and line breaks as references so parsers keep them. */
export function xmlAttribute(text: string): string {
  return text.replace(ILLEGAL_IN_XML, '').replace(/[&<>"\t\n\r]/g, (c) => entities[c] ?? c);
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
