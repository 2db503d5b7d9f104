/** Content sniffing for bodies without a declared type and for the `contentType` matcher. */

const MAGIC: Array<[string, number[]]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['application/zip', [0x50, 0x4b, 0x03, 0x04]],
  ['application/gzip', [0x1f, 0x8b]],
];

/**
 * Best guess at the media type of raw bytes: known binary signatures, then JSON, XML, plain text.
 *
 * @example detectContentType(Buffer.from('{"a":1}')) // 'application/json'
 */
export function detectContentType(bytes: Uint8Array): string {
  for (const [type, signature] of MAGIC) {
    if (signature.every((byte, i) => bytes[i] === byte)) return type;
  }
  const text = Buffer.from(bytes).toString('utf8');
  if (text.includes('\uFFFD') || hasControlCharacters(text)) return 'application/octet-stream';
  return detectTextType(text);
}

/** Control characters other than tab, newline and carriage return mark binary content. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b)
      return true;
  }
  return false;
}

/** JSON, XML or plain text, judged from the first meaningful characters. */
export function detectTextType(text: string): string {
  const trimmed = text.trimStart();
  if (/^<\?xml|^<[A-Za-z_][\w:.-]*[\s/>]/.test(trimmed)) return 'application/xml';
  if (/^[{[]/.test(trimmed)) {
    try {
      JSON.parse(trimmed);
      return 'application/json';
    } catch {
      return 'text/plain';
    }
  }
  return 'text/plain';
}
