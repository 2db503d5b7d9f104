import { connect } from 'node:net';

/** A request written to the socket exactly as given: the path is not normalised, encoded or stripped. */
export interface RawRequest {
  method: string;
  /** The request target as sent, e.g. `/api/v1/%74okens#f`. */
  target: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Resolve once the status line and headers arrived (for streams such as server-sent events). */
  headersOnly?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * Sends one HTTP/1.1 request over a fresh TCP connection, as `curl --path-as-is` would: the attack suite needs
 * request lines that `fetch` would refuse or rewrite (encoded letters, fragments, raw control characters).
 */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = {
    host: `${hostname}:${port}`,
    connection: 'close',
    ...(body === undefined ? {} : { 'content-length': String(body.length) }),
    ...request.headers,
  };
  const head =
    `${request.method} ${request.target} HTTP/1.1\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    '\r\n';
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (done: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      done();
    };
    socket.setTimeout(60_000, () =>
      finish(() => reject(new Error(`no answer to ${request.method} ${request.target}`))),
    );
    socket.on('error', (error) => finish(() => reject(error)));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (request.headersOnly && Buffer.concat(chunks).includes('\r\n\r\n'))
        finish(() => resolve(parseResponse(Buffer.concat(chunks))));
    });
    socket.on('end', () => finish(() => resolve(parseResponse(Buffer.concat(chunks)))));
    socket.write(head);
    if (body !== undefined) socket.write(body);
  });
}

function parseResponse(raw: Buffer): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, split < 0 ? raw.length : split).toString('latin1');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let bytes = split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4);
  if (headers['transfer-encoding']?.includes('chunked')) bytes = dechunk(bytes);
  const body = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status, headers, body, json };
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
