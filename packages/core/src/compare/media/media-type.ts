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

/** Parameters that select a representation: not the weight, and not the charset (any text decoding will do). */
function selecting(media: MediaType): [string, string][] {
  return Object.entries(media.params).filter(([name]) => name !== 'q' && name !== 'charset');
}

/** How many selecting parameters a media type or range names. */
export function selectingCount(media: MediaType): number {
  return selecting(media).length;
}

function sameParams(a: MediaType, b: MediaType): boolean {
  const mine = selecting(a);
  return mine.length === selecting(b).length && mine.every(([name, value]) => b.params[name] === value);
}

/** Every parameter both sides name has the same value (`version=2.0.0` never selects `version=1.0.0`). */
export function paramsAgree(a: MediaType, b: MediaType): boolean {
  return selecting(a).every(([name, value]) => b.params[name] === undefined || b.params[name] === value);
}

/**
 * JSON-compatible but not the same media type: one side is a structured `+json` type
 * (`application/vnd.github+json`) and the other `application/json` or another `+json` type. A JSON reader
 * reads both, yet a strict server may refuse or relabel it, so callers report it as a warning.
 */
export function jsonFamily(a: MediaType, b: MediaType): boolean {
  const suffixed = (m: MediaType): boolean => m.subtype.endsWith('+json');
  return isJson(a) && isJson(b) && (suffixed(a) || suffixed(b)) && paramsAgree(a, b);
}

/**
 * The spec's content key a concrete content type selects: the same type with the same parameters, else the
 * same type whose parameters do not contradict it (`application/json` selects `application/json;version=1.0.0`,
 * `version=3.0.0` does not), else a range.
 */
export function selectContentKey(keys: readonly string[], contentType: string): string | undefined {
  const actual = parseMediaType(contentType);
  if (!actual) return undefined;
  const parsed = keys.map((key) => ({ key, media: parseMediaType(key) }));
  const exactType = (m: MediaType): boolean => m.type === actual.type && m.subtype === actual.subtype;
  return (
    parsed.find(({ media }) => media && exactType(media) && sameParams(media, actual))?.key ??
    parsed.find(({ media }) => media && exactType(media) && paramsAgree(media, actual))?.key ??
    parsed.find(
      ({ media }) =>
        media &&
        (media.type === '*' || media.subtype === '*') &&
        covers(media, actual) &&
        paramsAgree(media, actual),
    )?.key
  );
}

/** The first spec key only the JSON family joins to a content type (see {@link jsonFamily}). */
export function selectJsonFamilyKey(keys: readonly string[], contentType: string): string | undefined {
  const actual = parseMediaType(contentType);
  if (!actual) return undefined;
  return keys.find((key) => {
    const media = parseMediaType(key);
    return media !== undefined && jsonFamily(media, actual);
  });
}
