/** A parsed media type or media range: `application/json; charset=utf-8`, `text/*`, `*\/*`. */
export interface MediaType {
  type: string;
  subtype: string;
  params: Record<string, string>;
}

export function parseMediaType(text: string): MediaType | undefined {
  const [essence = '', ...rest] = text.split(';');
  const match = /^\s*([^/\s]+)\/([^/\s]+)\s*$/.exec(essence);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type: (match[1] as string).toLowerCase(), subtype: (match[2] as string).toLowerCase(), params };
}

export function isJson(media: MediaType | undefined): boolean {
  return media !== undefined && (media.subtype === 'json' || media.subtype.endsWith('+json'));
}

/** Whether a range (`*\/*`, `text/*`) or type covers another, ignoring parameters. Either side may be the range. */
export function covers(a: MediaType, b: MediaType): boolean {
  if (a.type === '*' || b.type === '*') return true;
  if (a.type !== b.type) return false;
  return a.subtype === '*' || b.subtype === '*' || a.subtype === b.subtype;
}

function sameParams(a: MediaType, b: MediaType): boolean {
  const keys = Object.keys(a.params).filter((k) => k !== 'charset');
  const otherKeys = Object.keys(b.params).filter((k) => k !== 'charset');
  return keys.length === otherKeys.length && keys.every((k) => a.params[k] === b.params[k]);
}

/**
 * The spec's content key a concrete content type selects: the same type with the same parameters, else the
 * same type with any parameters (`application/json` selects `application/json;version=1.0.0`), else a range.
 */
export function selectContentKey(keys: readonly string[], contentType: string): string | undefined {
  const actual = parseMediaType(contentType);
  if (!actual) return undefined;
  const parsed = keys.map((key) => ({ key, media: parseMediaType(key) }));
  const exactType = (m: MediaType): boolean => m.type === actual.type && m.subtype === actual.subtype;
  return (
    parsed.find(({ media }) => media && exactType(media) && sameParams(media, actual))?.key ??
    parsed.find(({ media }) => media && exactType(media))?.key ??
    parsed.find(
      ({ media }) => media && (media.type === '*' || media.subtype === '*') && covers(media, actual),
    )?.key
  );
}

/** Whether an `Accept` header admits at least one of the given media types (ranges with `q=0` excluded). */
export function acceptAdmits(accept: string, keys: readonly string[]): boolean {
  const parsed = accept
    .split(',')
    .map((part) => parseMediaType(part))
    .filter((m): m is MediaType => m !== undefined);
  // An Accept header nothing can be read from asks for nothing in particular.
  if (parsed.length === 0) return true;
  const ranges = parsed.filter((m) => Number(m.params.q ?? '1') !== 0);
  const offered = keys.map((key) => parseMediaType(key)).filter((m): m is MediaType => m !== undefined);
  return ranges.some((range) => offered.some((media) => covers(range, media)));
}
