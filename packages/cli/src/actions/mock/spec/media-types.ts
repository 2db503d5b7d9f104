/** The bare media type of a Content-Type or Accept item: lower-case, parameters dropped. */
export function bareType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether a concrete media type falls under a spec key or an Accept range (`text/*`, `*\/*`). */
export function coveredBy(range: string, type: string): boolean {
  const r = bareType(range);
  if (r === '*/*' || r === type) return true;
  return r.endsWith('/*') && type.startsWith(r.slice(0, -1));
}

/** `application/json`, `application/problem+json`, `text/json`… */
export function isJson(type: string): boolean {
  return /^[^/]+\/(?:json|[^;]*\+json)$/.test(bareType(type));
}

/**
 * The spec key that answers an Accept header: the first key any accepted range covers, ranges in the order the
 * client wrote them (q-values of 0 refuse). JSON is preferred when the client accepts anything.
 *
 * @example negotiate(['text/plain', 'application/json'], '*\/*') // 'application/json'
 */
export function negotiate(keys: string[], accept: string | undefined): string | undefined {
  const ranges = (accept ?? '*/*')
    .split(',')
    .filter((item) => !/;\s*q=0(?:\.0*)?\s*(?:;|$)/.test(item))
    .map(bareType)
    .filter((r) => r !== '');
  const preferred = [...keys].sort((a, b) => Number(isJson(b)) - Number(isJson(a)));
  for (const range of ranges) {
    const key = preferred.find((k) => coveredBy(range, bareType(k)) || coveredBy(k, range));
    if (key !== undefined) return key;
  }
  return undefined;
}
