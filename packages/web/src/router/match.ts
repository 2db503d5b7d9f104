/**
 * Matches `/services/:name` style patterns; returns the decoded parameters, or undefined.
 *
 * @example matchPath('/services/:name', '/services/cart') // { name: 'cart' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.replace(/\/+$/, '').split('/');
  if (path === '/') have.splice(1, 1, '');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith(':')) {
      if (have[i] === '') return undefined;
      params[part.slice(1)] = decodeURIComponent(have[i]!);
    } else if (part !== have[i]) return undefined;
  }
  return params;
}
