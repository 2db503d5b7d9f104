/** Media-type parsing shared by contract parsing and matching. */

export interface MediaType {
  /** `type/subtype`, lower-cased. */
  essence: string;
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
}

export type BodyFamily = 'json' | 'xml' | 'text' | 'form' | 'binary';

/**
 * Parses `Text/x-Okie; charset=iso-8859-1; declaration="<x>"`; `undefined` when the value has no
 * `type/subtype`.
 *
 * @example parseMediaType('application/json; charset=UTF-8') // { essence: 'application/json', params: { charset: 'UTF-8' } }
 */
export function parseMediaType(value: string): MediaType | undefined {
  const [head = '', ...rest] = splitParams(value);
  const essence = head.trim().toLowerCase();
  if (!/^[\w.+*-]+\/[\w.+*-]+$/.test(essence)) return undefined;
  const params: Array<[string, string]> = [];
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const raw = part.slice(eq + 1).trim();
    params.push([name, raw.startsWith('"') && raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1) : raw]);
  }
  return { essence, params: Object.fromEntries(params) };
}

function splitParams(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** How a body of this content type is compared. */
export function bodyFamily(contentType: string | undefined): BodyFamily | undefined {
  if (contentType === undefined) return undefined;
  const essence = parseMediaType(contentType)?.essence;
  if (essence === undefined) return undefined;
  if (essence === 'application/json' || essence.endsWith('+json') || essence === 'text/json') return 'json';
  if (essence.endsWith('/xml') || essence.endsWith('+xml')) return 'xml';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  if (essence.startsWith('text/') || essence === 'application/javascript' || essence === 'application/yaml') {
    return 'text';
  }
  return 'binary';
}

/** First value of a header, looked up case-insensitively. */
export function headerValue(headers: Record<string, string[]>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, values] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return values.join(', ');
  }
  return undefined;
}
