/** Headers that belong to one connection, not to the message: a proxy must not pass them on (RFC 9110 §7.6.1). */

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Whether a header (lower-case name) is hop-by-hop: the standard ones, any `proxy-*` header, and those
 * the message's own `Connection` header names.
 */
export function isHopByHop(name: string, connectionTokens: ReadonlySet<string>): boolean {
  return HOP_BY_HOP.has(name) || name.startsWith('proxy-') || connectionTokens.has(name);
}

/** The lower-case header names a `Connection` header lists (`Connection: close, X-Foo` → `close`, `x-foo`). */
export function connectionTokens(value: string | string[] | undefined): Set<string> {
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  return new Set(
    text
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter((token) => token !== ''),
  );
}
