import { headerText, pathSegment, queryPairs } from './serialise-params.js';
import { serialiseBody } from './serialise-body.js';
import { paramKey, type HttpRequest, type PlannedRequest } from './request-model.js';

/** Where requests go and what every request carries. */
export interface Target {
  /** The provider URL; when it has no path of its own, the spec's first server/basePath prefix is added. */
  baseUrl: URL;
  /** `--header` values (auth), sent on every request; a parameter of the same name is overridden by them. */
  headers: Record<string, string>;
}

/**
 * Serialises a planned request: path template filled, query string, header and cookie parameters, body.
 *
 * @example buildRequest(planned, { baseUrl: new URL('http://localhost:3000'), headers: {} }).url
 */
export function buildRequest(planned: PlannedRequest, target: Target): HttpRequest {
  const { operation, values } = planned;
  const headers: Record<string, string> = {};
  const query: string[] = [];
  const cookies: string[] = [];
  let path = operation.path;
  for (const param of operation.parameters) {
    const key = paramKey(param);
    if (!(key in values.params)) continue;
    const value = values.params[key];
    if (param.in === 'path') path = path.split(`{${param.name}}`).join(pathSegment(param, value));
    else if (param.in === 'query') query.push(...queryPairs(param, value));
    else if (param.in === 'header') headers[param.name.toLowerCase()] = headerText(param, value);
    else cookies.push(`${param.name}=${encodeURIComponent(headerText(param, value))}`);
  }
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  let body: string | undefined;
  if (values.body) {
    const serialised = serialiseBody(values.body.mediaType, values.body.value);
    headers['content-type'] = serialised.contentType;
    body = serialised.text;
  }
  for (const [name, value] of Object.entries(target.headers)) headers[name.toLowerCase()] = value;
  const base = target.baseUrl;
  const prefix = base.pathname === '/' ? (operation.basePaths[0] ?? '') : base.pathname.replace(/\/$/, '');
  const search = query.length > 0 ? '?' + query.join('&') : '';
  return {
    method: operation.method.toUpperCase(),
    url: `${base.origin}${prefix}${path}${search}`,
    headers,
    body,
  };
}
