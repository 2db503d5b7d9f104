/** What a client asked for with `Prefer` (as Prism reads it): a status, a named example, fresh values. */
export interface Preferences {
  code?: string;
  example?: string;
  dynamic?: boolean;
}

/**
 * Reads `Prefer: code=404, example=missing, dynamic=true` (several headers or one, comma or semicolon separated).
 *
 * @example readPrefer(['code=404; example=gone']) // { code: '404', example: 'gone' }
 */
export function readPrefer(values: string[] | undefined): Preferences {
  const preferences: Preferences = {};
  for (const item of (values ?? []).flatMap((v) => v.split(/[,;]/))) {
    const at = item.indexOf('=');
    if (at < 0) continue;
    const name = item.slice(0, at).trim().toLowerCase();
    const value = item
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'code') preferences.code = value;
    else if (name === 'example') preferences.example = value;
    else if (name === 'dynamic') preferences.dynamic = value.toLowerCase() === 'true';
  }
  return preferences;
}
