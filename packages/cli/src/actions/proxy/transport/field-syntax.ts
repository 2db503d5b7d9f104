import { HttpSyntaxError } from './http-syntax-error.js';

/** RFC 9110 §5.6.2: the characters of a method or a field name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Whether `text` is a token: a method or field name, with no spaces or separators. */
export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/** Whether `text` holds a control character other than HTAB: NUL, a lone CR or LF, DEL… */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Checks one `name: value` line of a request head or a chunked trailer (RFC 9112 §5). What it refuses — a
 * folded line, a name that is not a token (`Transfer-Encoding : chunked`), a control character in the value —
 * is something servers read in different ways, so passing it on could make the target see another message.
 *
 * @example checkFieldLine('Content-Type: text/plain') // passes; checkFieldLine('X : 1') throws HttpSyntaxError
 */
export function checkFieldLine(line: string): void {
  if (line.startsWith(' ') || line.startsWith('\t'))
    throw new HttpSyntaxError(`obsolete line folding ${quote(line)}`);
  const colon = line.indexOf(':');
  const name = colon < 0 ? line : line.slice(0, colon);
  if (!isToken(name)) throw new HttpSyntaxError(`malformed header name ${quote(name)}`);
  if (hasControl(line.slice(colon + 1)))
    throw new HttpSyntaxError(`control character in the value of ${name}`);
}

/** A short, escaped copy of what was received, to name it in an error. */
export function quote(text: string): string {
  return JSON.stringify(text.slice(0, 60));
}
