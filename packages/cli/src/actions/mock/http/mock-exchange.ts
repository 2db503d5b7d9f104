/** A request as the mock received it: what both responders (spec and contract) read. */
export interface MockRequest {
  /** Upper-case method. */
  method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  path: string;
  /** The query string without `?` (`''` when none). */
  rawQuery: string;
  /** Decoded query parameters in order of appearance. */
  query: Record<string, string[]>;
  /** Header values by lower-case name, repeats kept. */
  headers: Record<string, string[]>;
  body: Buffer;
}

/** What the mock answers. `refused` marks an answer the mock gave instead of the spec or contract's. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
  refused?: RefusalKind;
}

/**
 * Why the mock answered for itself: the request is invalid against its operation, nothing in the spec or contract
 * answers it, or the mock could not build the documented answer.
 */
export type RefusalKind = 'invalid' | 'unmatched' | 'error';

/** Turns one request into an answer; pure apart from what it counts. */
export type Responder = (request: MockRequest) => MockResponse;

/** First value of a header, by any-case name. */
export function header(request: MockRequest, name: string): string | undefined {
  return request.headers[name.toLowerCase()]?.[0];
}

/** Decoded `name=value` pairs of a query string; `+` is a space, as in forms. */
export function parseQuery(raw: string): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const name = decode(at < 0 ? part : part.slice(0, at));
    const value = at < 0 ? '' : decode(part.slice(at + 1));
    (query[name] ??= []).push(value);
  }
  return query;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
