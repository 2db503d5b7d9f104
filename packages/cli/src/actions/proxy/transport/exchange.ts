import type { IncomingHttpHeaders } from 'node:http';
import type { CapturedBody } from './body-capture.js';
import type { ProxyDirectives } from './proxy-directives.js';

/** One request and its response as the proxy saw them, handed to the recorder once the response ends. */
export interface Exchange {
  method: string;
  /** The request target as sent: path and query (`/pets/42?expand=owner`). */
  url: string;
  /** As sent, without the directive headers. */
  requestHeaders: IncomingHttpHeaders;
  /** What the `X-Signet-*` headers asked for (no states, no description when absent). */
  directives: ProxyDirectives;
  requestBody: CapturedBody;
  status: number;
  responseHeaders: IncomingHttpHeaders;
  responseBody: CapturedBody;
}

/** A request the target never answered in full (refused connection, reset, closed early). */
export interface UpstreamFailure {
  method: string;
  /** The request target as sent. */
  url: string;
  /** Why, e.g. `connect ECONNREFUSED 127.0.0.1:3000`. */
  reason: string;
}
