/**
 * The raw `502` answer (problem+json) saying which target could not be reached and why; the connection is
 * closed after it. Nothing is recorded for it: the answer comes from the proxy, not the provider.
 */
export function badGatewayResponse(target: URL, error: Error): Buffer {
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Bad Gateway',
    status: 502,
    detail: `signet proxy could not reach the target ${target.origin}: ${error.message}`,
  });
  return rawResponse(502, 'Bad Gateway', 'application/problem+json', body);
}

/** A complete `Connection: close` HTTP/1.1 response with a small body. */
export function rawResponse(status: number, reason: string, type: string, body: string): Buffer {
  return Buffer.from(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}
