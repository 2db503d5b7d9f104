import type { IncomingHttpHeaders } from 'node:http';
import type { CapturedBody } from './body-capture.js';

/** One request and its response as the proxy saw them, handed to the recorder once the response ends. */
export interface Exchange {
  method: string;
  /** The request target as sent: path and query (`/pets/42?expand=owner`). */
  url: string;
  requestHeaders: IncomingHttpHeaders;
  requestBody: CapturedBody;
  status: number;
  responseHeaders: IncomingHttpHeaders;
  responseBody: CapturedBody;
}
