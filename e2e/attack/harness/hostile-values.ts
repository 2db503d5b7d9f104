import fc from 'fast-check';

/** Strings other teams' pipelines send by accident or on purpose. */
export const hostileStrings = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udc00y',
  'line\r\nInjected: yes',
  '\u001b[31m',
  '../../etc/passwd',
  'a/b',
  '%2e%2e%2f',
  '__proto__',
  'constructor',
  "'; drop table services; --",
  '${pactbroker.pactUrl}',
  'x'.repeat(100_000),
  '\u202eevil',
  '',
  ' ',
];

/** A string that is sometimes ordinary, sometimes hostile, sometimes random Unicode (lone surrogates too). */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', '.', '_'), minLength: 1, maxLength: 12 }),
);

/** Strings that must always be refused wherever they appear: PostgreSQL text cannot hold them. */
export const unstorableStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udc00y', '\udfff\ud800'),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in `value` that holds a string (as a path of keys and indexes), object keys included. */
export function stringPlaces(
  value: Json,
  at: (string | number)[] = [],
): { path: (string | number)[]; key: boolean }[] {
  if (typeof value === 'string') return [{ path: at, key: false }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPlaces(item, [...at, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [
      { path: [...at, key], key: true },
      ...stringPlaces(item, [...at, key]),
    ]);
  return [];
}

/** `value` with the string (or key) at `place` replaced by `replacement`; a copy. */
export function replaceAt(
  value: Json,
  place: { path: (string | number)[]; key: boolean },
  replacement: string,
): Json {
  const copy = structuredClone(value);
  if (place.path.length === 0) return replacement;
  const parent = place.path
    .slice(0, -1)
    .reduce<Json>((node, step) => (node as Record<string, Json>)[step]!, copy);
  const last = place.path[place.path.length - 1]!;
  const container = parent as Record<string | number, Json>;
  if (place.key) {
    const item = container[last]!;
    delete container[last];
    container[replacement] = item;
  } else container[last] = replacement;
  return copy;
}

/** JSON nested `depth` levels deep, as text (building it as a value would itself overflow). */
export function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** `text` percent-encoded for a path segment; lone surrogates as the bytes a careless client sends. */
export function pathSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out += '%ED%A0%80';
    else out += encodeURIComponent(char);
  }
  return out;
}

export type { Json };
