import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { corsHeaders, isPreflight, preflightResponse } from './cors.js';
import type { MockRequest, MockResponse, Responder } from './mock-exchange.js';
import { problemResponse } from './problem.js';
import { MAX_BODY_BYTES, readRequest } from './read-request.js';

export { MAX_BODY_BYTES } from './read-request.js';

export interface MockServerOptions {
  host: string;
  port: number;
  cors: boolean;
  respond: Responder;
  /** PEM certificate and key: serve HTTPS instead of HTTP. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Told about every answered request (counting, recording). */
  onAnswer?: (request: MockRequest, response: MockResponse) => void;
}

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on `host:port` (0 picks a free port) and answers each request with `respond`, adding CORS headers and
 * answering preflights itself when `cors` is on.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const handler: http.RequestListener = (req, res) => {
    readRequest(req)
      .then((request) => {
        const response = answer(request, options);
        options.onAnswer?.(request, response);
        res.writeHead(response.status, response.headers);
        res.end(request.method === 'HEAD' ? undefined : response.body);
      })
      // A client gone mid-body has nobody to answer; a fault of the mock's own is a 500, never a crash.
      .catch((error: unknown) => {
        if (res.headersSent || req.socket.destroyed) return void res.destroy();
        const detail = error instanceof Error ? error.message : String(error);
        const failure = problemResponse(
          { status: 500, code: 'mock-error', title: 'Mock Error', detail },
          'error',
        );
        res.writeHead(failure.status, failure.headers).end(failure.body);
      });
  };
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold the stop up until they time out.
        server.closeAllConnections();
      }),
  };
}

function answer(request: MockRequest, options: MockServerOptions): MockResponse {
  if (options.cors && isPreflight(request)) return preflightResponse(request);
  const response =
    request.body.length > MAX_BODY_BYTES
      ? problemResponse(
          {
            status: 413,
            code: 'body-too-large',
            title: 'Payload Too Large',
            detail: `request bodies are limited to ${MAX_BODY_BYTES} bytes`,
          },
          'invalid',
        )
      : options.respond(request);
  if (!options.cors) return response;
  return { ...response, headers: { ...response.headers, ...corsHeaders(request) } };
}
