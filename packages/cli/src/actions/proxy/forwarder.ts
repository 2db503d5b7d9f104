import type { Agent, IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import { sendBadGateway } from './bad-gateway.js';
import { BodyCapture } from './body-capture.js';
import type { Exchange } from './exchange.js';
import { forwardableHeaders } from './hop-by-hop.js';

/** What the forwarder needs: where to send, how, and who hears about completed exchanges. */
export interface ForwarderOptions {
  target: URL;
  agent: Agent;
  /** Bytes kept of each body for recording; the rest streams through unkept. */
  captureLimit: number;
  /** Called once the response has been sent in full and the request body read in full. */
  onExchange: (exchange: Exchange) => void;
}

/**
 * A request handler that forwards each request to the target unchanged (method, path, query, headers
 * except hop-by-hop ones, body) and streams the target's answer back unchanged, both ways with
 * backpressure; only the first `captureLimit` bytes of each body are kept on the side for recording.
 */
export function createForwarder(
  options: ForwarderOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { target, agent, captureLimit, onExchange } = options;
  const transport = target.protocol === 'https:' ? https : http;
  const prefix = target.pathname === '/' ? '' : target.pathname.replace(/\/$/, '');
  return (req, res) => {
    const url = req.url ?? '/';
    const requestBody = new BodyCapture(captureLimit);
    const upstream = transport.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: prefix + url,
      headers: forwardableHeaders(req.rawHeaders, target.host),
      agent,
    });
    req.on('data', (chunk: Buffer) => requestBody.add(chunk));
    req.pipe(upstream);
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('error', (error) => {
      // Before an answer started: tell the client why. After, or once the client is gone: cut the connection.
      if (res.headersSent || res.destroyed) res.destroy();
      else sendBadGateway(res, target, error);
    });
    upstream.on('response', (answer) => {
      const responseBody = new BodyCapture(captureLimit);
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardableHeaders(answer.rawHeaders));
      answer.on('data', (chunk: Buffer) => responseBody.add(chunk));
      answer.on('error', (error) => res.destroy(error));
      answer.pipe(res);
      afterBoth(res, req, () =>
        onExchange({
          method: (req.method ?? 'GET').toUpperCase(),
          url,
          requestHeaders: req.headers,
          requestBody: requestBody.result(),
          status: answer.statusCode ?? 0,
          responseHeaders: answer.headers,
          responseBody: responseBody.result(),
        }),
      );
    });
  };
}

/** Runs `then` once the response has been sent and the request body read to its end. */
function afterBoth(res: ServerResponse, req: IncomingMessage, then: () => void): void {
  let waiting = 2;
  const one = (): void => {
    waiting -= 1;
    if (waiting === 0) then();
  };
  if (res.writableFinished) one();
  else res.once('finish', one);
  if (req.readableEnded) one();
  else req.once('end', one);
}
