import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running service; `close` stops it. */
export interface RunningService {
  name: string;
  url: string;
  close(): Promise<void>;
}

/** What a route answers: a status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** The request as received: its headers and raw body text (what a webhook signature is computed over). */
export interface RawRequest {
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * A route: method, a path pattern with named groups, and a handler of the groups, the parsed JSON body and the
 * raw request.
 */
export type Route = [
  method: string,
  pattern: RegExp,
  handle: (params: Record<string, string>, body: unknown, raw: RawRequest) => Promise<Answer> | Answer,
];

/** Starts a small JSON service on a free loopback port: the first matching route answers, else 404. */
export async function startService(name: string, routes: Route[]): Promise<RunningService> {
  const server = http.createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      const raw = { headers: request.headers, text };
      void answer(routes, request.method ?? 'GET', request.url ?? '/', raw).then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    name,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(routes: Route[], method: string, url: string, raw: RawRequest): Promise<Answer> {
  const { text } = raw;
  const path = new URL(url, 'http://service').pathname;
  for (const [routeMethod, pattern, handle] of routes) {
    const match = routeMethod === method ? pattern.exec(path) : null;
    if (match === null) continue;
    try {
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
      );
      return await handle(params, text === '' ? undefined : (JSON.parse(text) as unknown), raw);
    } catch (error) {
      return { status: 502, body: { error: (error as Error).message } };
    }
  }
  return { status: 404, body: { error: `no route for ${method} ${path}` } };
}

/** Calls another service and returns its JSON answer (a non-2xx answer is an error). */
export async function callJson(method: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
  return response.json();
}
