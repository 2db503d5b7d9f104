import http from 'node:http';
import https from 'node:https';
import type { HttpRequest } from './request-model.js';

/** A provider's answer: status, lower-cased headers, the body as text (up to a limit). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The answer or the transport error (`ECONNREFUSED`, `ETIMEDOUT`, …). */
export type Exchange = { ok: true; response: HttpResponse } | { ok: false; code: string; message: string };

const BODY_LIMIT = 4 * 1024 * 1024;

/** Sends requests over keep-alive connections (up to `maxSockets` at once); `close` frees the sockets. */
export class HttpSender {
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(
    maxSockets: number,
    private readonly timeoutMs = 10_000,
  ) {
    const options = { keepAlive: true, maxSockets };
    this.agents = { http: new http.Agent(options), https: new https.Agent(options) };
  }

  /** Sends one request; never rejects. */
  send(request: HttpRequest): Promise<Exchange> {
    const secure = request.url.startsWith('https:');
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    return new Promise((resolve) => {
      const options = {
        method: request.method,
        headers,
        agent: secure ? this.agents.https : this.agents.http,
        timeout: this.timeoutMs,
      };
      const req = (secure ? https : http).request(request.url, options, (res) => {
        if (isStream(res.headers['content-type'])) {
          // A server-sent event stream never ends: its status and headers are the answer to check.
          res.destroy();
          resolve({
            ok: true,
            response: { status: res.statusCode ?? 0, headers: flatten(res.headers), body: '' },
          });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= BODY_LIMIT) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            ok: true,
            response: {
              status: res.statusCode ?? 0,
              headers: flatten(res.headers),
              body: Buffer.concat(chunks).toString('utf8'),
            },
          }),
        );
        res.on('error', (error: NodeJS.ErrnoException) => resolve(failure(error)));
      });
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error(`no answer within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(failure(error)));
      req.end(request.body);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

function isStream(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'text/event-stream';
}

function failure(error: NodeJS.ErrnoException): Exchange {
  return { ok: false, code: error.code ?? 'EUNKNOWN', message: error.message };
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
