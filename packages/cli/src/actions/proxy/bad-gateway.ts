import type { ServerResponse } from 'node:http';

/**
 * Answers 502 with an `application/problem+json` body saying which target could not be reached and why.
 * Nothing is recorded for it: the answer comes from the proxy, not the provider.
 */
export function sendBadGateway(res: ServerResponse, target: URL, error: Error): void {
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Bad Gateway',
    status: 502,
    detail: `signet proxy could not reach the target ${target.origin}: ${error.message}`,
  });
  res.writeHead(502, {
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
