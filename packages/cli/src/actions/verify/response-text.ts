import type { ResponseExcerpt } from './report-model.js';

/**
 * A response excerpt as report lines: the status, the headers, then the body, each line indented; control
 * characters escaped so a provider's answer cannot move the cursor or recolour the terminal.
 *
 * @example responseLines({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom' }, '  ')
 * // ['  ← 500', '    content-type: text/plain', '    boom']
 */
export function responseLines(response: ResponseExcerpt, indent: string): string[] {
  const lines = [`${indent}← ${response.status}`];
  const inner = indent + '  ';
  for (const [name, value] of Object.entries(response.headers))
    lines.push(`${inner}${name}: ${printable(value)}`);
  if (response.body === '') lines.push(`${inner}(empty body)`);
  else
    lines.push(
      ...printable(response.body)
        .split('\n')
        .map((line) => inner + line),
    );
  if (response.omitted !== undefined)
    lines.push(`${inner}… (${response.omitted} more character(s) not shown)`);
  return lines;
}

/** Text with control characters (but newline) written as `\u001b`-style escapes, tabs as two spaces. */
function printable(text: string): string {
  let out = '';
  for (const c of text.replace(/\r\n/g, '\n')) {
    const code = c.charCodeAt(0);
    const control =
      (code < 0x20 && c !== '\n') || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (c === '\t') out += '  ';
    else out += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}
