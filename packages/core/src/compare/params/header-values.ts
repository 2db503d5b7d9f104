/** Header lookups are case-insensitive; the contract keeps names as written. */
export function headerValue(headers: Record<string, string[]>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, values] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return values.join(',');
  }
  return undefined;
}

/** Lower-cased header names of the contract. */
export function headerNames(headers: Record<string, string[]>): string[] {
  return Object.keys(headers).map((k) => k.toLowerCase());
}

/**
 * Cookies of a `Cookie` header. `name=value` pairs split on `;`; a `name: value` pair is accepted too,
 * since PactFlow's own fixtures write cookies that way and mean it.
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const pair of header.split(';')) {
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(pair);
    if (match) cookies.set(match[1] as string, match[2] as string);
  }
  return cookies;
}
