import type { IncomingHttpHeaders } from 'node:http';
import { BodyCapture } from './body-capture.js';
import type { Exchange } from './exchange.js';
import type { ProxyDirectives } from './proxy-directives.js';

/** A request the proxy forwarded and the answer to it, filled in as the bytes go by. */
export class InFlight {
  readonly requestBody: BodyCapture;
  requestEnded = false;
  status: number | undefined;
  responseHeaders: IncomingHttpHeaders = {};
  responseBody: BodyCapture | undefined;
  responseEnded = false;

  constructor(
    readonly method: string,
    readonly url: string,
    readonly requestHeaders: IncomingHttpHeaders,
    readonly directives: ProxyDirectives,
    private readonly captureLimit: number,
  ) {
    this.requestBody = new BodyCapture(captureLimit);
  }

  answer(status: number, headers: IncomingHttpHeaders): void {
    this.status = status;
    this.responseHeaders = headers;
    this.responseBody = new BodyCapture(this.captureLimit);
  }

  get complete(): boolean {
    return this.requestEnded && this.responseEnded;
  }

  exchange(): Exchange {
    return {
      method: this.method,
      url: this.url,
      requestHeaders: this.requestHeaders,
      directives: this.directives,
      requestBody: this.requestBody.result(),
      status: this.status ?? 0,
      responseHeaders: this.responseHeaders,
      responseBody: this.responseBody!.result(),
    };
  }
}
