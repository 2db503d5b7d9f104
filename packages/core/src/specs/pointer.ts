/** JSON pointer (RFC 6901) helpers shared by ref resolution, normalisation and schema translation. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  const text = String(token);
  // Most tokens need no escaping; skipping the regexes matters on large specs.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reverses {@link escapeToken}. */
export function unescapeToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends tokens to a pointer: `childPointer('/paths', '/pets')` → `/paths/~1pets`. */
export function childPointer(pointer: string, ...tokens: Array<string | number>): string {
  let result = pointer;
  for (const token of tokens) result += '/' + escapeToken(token);
  return result;
}

/** Splits a pointer into unescaped tokens; `''` is the whole document. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

/**
 * The value at `pointer`, or `undefined` when any step is missing. Only own properties count.
 *
 * @example valueAt({ a: [{ b: 1 }] }, '/a/0/b') // 1
 */
export function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/**
 * A pointer as a URI fragment Ajv can resolve: each token escaped, then percent-encoded so that
 * `%`, spaces and braces survive URI normalisation. Example: `/a b` → `#/a%20b`.
 */
export function pointerToFragment(pointer: string): string {
  return (
    '#' +
    pointerTokens(pointer)
      .map((token) => '/' + encodeURIComponent(escapeToken(token)))
      .join('')
  );
}
