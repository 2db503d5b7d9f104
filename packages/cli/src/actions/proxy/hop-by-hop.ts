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

/**
 * Raw headers (`[name, value, name, value…]`, as `IncomingMessage.rawHeaders`) without hop-by-hop ones,
 * names as sent; `host` is replaced by `host` when given (a reverse proxy addresses the target).
 */
export function forwardableHeaders(raw: readonly string[], host?: string): string[] {
  let tokens: Set<string> | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === 'connection') tokens = connectionTokens(raw[i + 1]);
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (isHopByHop(lower, tokens ?? NONE) || (host !== undefined && lower === 'host')) continue;
    out.push(name, raw[i + 1]!);
  }
  if (host !== undefined) out.push('Host', host);
  return out;
}

const NONE: ReadonlySet<string> = new Set();
