import { apiRoot } from './api-root.js';
import { BrokerProblemError, BrokerUnreachableError } from './errors.js';
import { readProblem } from './read-problem.js';

/** How to reach the broker. */
export interface ClientOptions {
  /** The broker's root URL, e.g. `http://localhost:3000` (`window.location.origin` for a page it serves). */
  baseUrl: string;
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A `fetch` to use instead of the global one (e.g. with a proxy agent). */
  fetch?: typeof fetch;
  /** Give up on a request after this long (default 60 s); the request then fails as unreachable. */
  timeoutMs?: number;
  /** Send a GET (idempotent) again this many times when it fails as unreachable (default 0); never other methods. */
  retries?: number;
  /** Wait before each retry (default 1 s). */
  retryDelayMs?: number;
}

export type QueryValue = string | number | boolean | undefined;

/** One request: a path under `/api/v1`, optional query (undefined values left out) and JSON body. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

/** Sends a request and resolves to the parsed JSON answer (undefined for 204), or throws a broker error. */
export type Http = <T>(request: HttpRequest) => Promise<T>;

/** Builds the one function every noun uses to talk to `/api/v1`; throws `InvalidBrokerUrlError` for a bad URL. */
export function createHttp(options: ClientOptions): Http {
  const base = apiRoot(options.baseUrl);
  // Called unbound, the browser's fetch throws "Illegal invocation".
  const send =
    options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 60_000;
  return async <T>(request: HttpRequest): Promise<T> => {
    const url = base + request.path + queryString(request.query ?? {});
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    };
    const retries = request.method === 'GET' ? (options.retries ?? 0) : 0;
    let response: Response | undefined;
    let text = '';
    for (let attempt = 0; response === undefined; attempt += 1) {
      try {
        const answer = await send(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        text = await answer.text();
        response = answer;
      } catch (error) {
        if (attempt >= retries)
          throw new BrokerUnreachableError(url, networkReason(error, timeoutMs), { cause: error });
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1000));
      }
    }
    if (!response.ok) throw new BrokerProblemError(readProblem(response, text));
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new BrokerProblemError({
        ...readProblem(response, text),
        code: 'response.malformed',
        title: 'Malformed response',
        detail: `the broker answered ${request.method} ${request.path} with something that is not JSON`,
      });
    }
  };
}

/**
 * Builds a path with every interpolated value encoded as one segment.
 *
 * @example path`/services/${name}/versions/${version}`
 */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (out, part, i) => out + part + (i < values.length ? encodeURIComponent(values[i]!) : ''),
    '',
  );
}

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.append(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  // Node's fetch says only "fetch failed"; the cause has the code (ECONNREFUSED, ENOTFOUND…).
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
