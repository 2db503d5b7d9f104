import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { WebhookRequest } from '@signet/core';
import type { AddressPolicy } from './address-policy.js';

/** What one attempt got: a status (2xx is success) or an error, and the start of the response body. */
export interface SendOutcome {
  succeeded: boolean;
  status: number | null;
  body: string | null;
  error: string | null;
  latencyMs: number;
}

export interface SendOptions {
  policy: AddressPolicy;
  timeoutMs: number;
  /** Bytes of the response body kept. */
  bodyLimit: number;
}

/**
 * Sends one webhook request through the SSRF guard, within `timeoutMs` (connect to truncated body). Redirects
 * are not followed — a 3xx is a failure — so a receiver cannot bounce the request to a refused host.
 */
export async function sendRequest(request: WebhookRequest, options: SendOptions): Promise<SendOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<SendOutcome, 'latencyMs'>) => ({
    ...outcome,
    latencyMs: performance.now() - started,
  });
  try {
    const url = new URL(request.url);
    options.policy.checkUrl(url);
    const response = await exchange(url, request, options);
    const { status, body } = response;
    const succeeded = status >= 200 && status < 300;
    const error = succeeded
      ? null
      : status >= 300 && status < 400
        ? `redirect to ${response.location ?? '(no location)'} not followed`
        : `receiver answered ${status}`;
    return done({ succeeded, status, body, error });
  } catch (error) {
    return done({ succeeded: false, status: null, body: null, error: describe(error) });
  }
}

function exchange(url: URL, request: WebhookRequest, options: SendOptions) {
  return new Promise<{ status: number; body: string; location?: string }>((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
    const outgoing = send(url, {
      method: request.method,
      headers: {
        ...request.headers,
        ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }),
      },
      lookup: options.policy.lookup,
    });
    const timer = setTimeout(
      () => outgoing.destroy(new Error(`timed out after ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.on('response', (response: IncomingMessage) => {
      readPrefix(response, options.bodyLimit).then((body) => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body, location: response.headers.location });
      }, reject);
    });
    outgoing.end(body);
  });
}

/** Reads up to `limit` bytes of the body, then stops (the rest is not worth waiting for). */
function readPrefix(response: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => resolve(Buffer.concat(chunks).subarray(0, limit).toString('utf8'));
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) {
        response.destroy();
        finish();
      }
    });
    response.on('end', finish);
    response.on('error', reject);
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
