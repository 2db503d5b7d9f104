import { redacted } from './redacted.js';

/** Query parameters whose values are credentials (exact names, and names containing these words). */
const secretParamNames = new Set(['key', 'sig', 'signature', 'code', 'auth', 'pw', 'pwd', 'passwd', 'jwt']);
const secretParamWords = /token|secret|passw(or)?d|api[-_]?key|signature|credential|session/i;

/** True when a query parameter's value is a credential (`token`, `access_token`, `api_key`, `sig`…). */
export function isSecretParam(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    // a malformed escape: judge the name as written
  }
  return secretParamNames.has(decoded.toLowerCase()) || secretParamWords.test(decoded);
}

/** `scheme://userinfo@rest`, `?query`, `#fragment` of a URL or URL template, split as text (templates may not parse). */
const shape = /^([a-z][a-z0-9+.-]*:\/\/)(?:([^/?#]*)@)?([^?#]*)(?:\?([^#]*))?(#.*)?$/is;

interface UrlParts {
  start: string;
  userinfo?: string;
  rest: string;
  query?: Array<[name: string, value: string | undefined]>;
  fragment?: string;
}

function split(url: string): UrlParts | undefined {
  const match = shape.exec(url);
  if (match === null) return undefined;
  const [, start, userinfo, rest, query, fragment] = match;
  return {
    start: start!,
    ...(userinfo === undefined ? {} : { userinfo }),
    rest: rest!,
    ...(query === undefined
      ? {}
      : {
          query: query.split('&').map((pair): [string, string | undefined] => {
            const equals = pair.indexOf('=');
            return equals < 0 ? [pair, undefined] : [pair.slice(0, equals), pair.slice(equals + 1)];
          }),
        }),
    ...(fragment === undefined ? {} : { fragment }),
  };
}

function join(parts: UrlParts): string {
  const query = parts.query
    ?.map(([name, value]) => (value === undefined ? name : `${name}=${value}`))
    .join('&');
  return (
    parts.start +
    (parts.userinfo === undefined ? '' : `${parts.userinfo}@`) +
    parts.rest +
    (query === undefined ? '' : `?${query}`) +
    (parts.fragment ?? '')
  );
}

/**
 * The URL as the API shows it: credentials in the user-info part (`user:password@`) and values of
 * credential-like query parameters replaced by `[redacted]`. Text that is not a URL with a scheme is shown
 * whole redacted, since its secrets cannot be located.
 *
 * @example
 * redactUrl('https://ci:pw@hooks.example/x?token=abc&b=1'); // 'https://[redacted]@hooks.example/x?token=[redacted]&b=1'
 */
export function redactUrl(url: string): string {
  const parts = split(url);
  if (parts === undefined) return redacted;
  return join({
    ...parts,
    ...(parts.userinfo === undefined ? {} : { userinfo: redacted }),
    ...(parts.query === undefined
      ? {}
      : {
          query: parts.query.map(([name, value]) => [
            name,
            value !== undefined && isSecretParam(name) ? redacted : value,
          ]),
        }),
  });
}

/** Every URL inside a text (an error message, a response body) redacted as `redactUrl` does. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (url) => redactUrl(url));
}

/** The secret values a URL carries (its user info, password, and credential-like query values). */
export function urlSecrets(url: string): string[] {
  const parts = split(url);
  if (parts === undefined) return [];
  const secrets: string[] = [];
  if (parts.userinfo !== undefined) secrets.push(parts.userinfo, ...parts.userinfo.split(':'));
  for (const [name, value] of parts.query ?? []) if (value && isSecretParam(name)) secrets.push(value);
  return secrets.flatMap((secret) => {
    try {
      return [secret, decodeURIComponent(secret)];
    } catch {
      return [secret];
    }
  });
}

/**
 * A URL sent back as the API showed it keeps the stored credentials: `[redacted]` user info and query values
 * are put back from `stored` (by parameter name), so a client can edit a webhook it read without knowing them.
 */
export function restoreUrl(sent: string, stored: string): string {
  const parts = split(sent);
  const original = split(stored);
  if (parts === undefined || original === undefined || !sent.includes(redacted)) return sent;
  const storedValue = (name: string) => original.query?.find(([stored]) => stored === name)?.[1];
  return join({
    ...parts,
    ...(parts.userinfo === redacted && original.userinfo !== undefined
      ? { userinfo: original.userinfo }
      : {}),
    ...(parts.query === undefined
      ? {}
      : {
          query: parts.query.map(([name, value]) => [
            name,
            value === redacted ? (storedValue(name) ?? value) : value,
          ]),
        }),
  });
}
