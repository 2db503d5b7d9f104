import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Exchange } from './exchange.js';
import { createForwarder } from './forwarder.js';

/** Where the proxy listens and where it forwards to. */
export interface ProxyServerOptions {
  target: URL;
  host: string;
  /** 0 picks a free port. */
  port: number;
  captureLimit: number;
  onExchange: (exchange: Exchange) => void;
}

/** A listening proxy. */
export interface RunningProxy {
  /** `http://127.0.0.1:8080`, with the port actually bound. */
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts the recording reverse proxy on node:http with a keep-alive agent to the target.
 *
 * @example
 * const proxy = await startProxyServer({ target: new URL('http://127.0.0.1:3000'), host: '127.0.0.1', port: 0,
 *   captureLimit: 1 << 20, onExchange: (e) => recorder.record(e) });
 * await proxy.close();
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<RunningProxy> {
  const agentOptions = { keepAlive: true, scheduling: 'lifo' as const };
  const agent =
    options.target.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const server = http.createServer(
    createForwarder({
      target: options.target,
      agent,
      captureLimit: options.captureLimit,
      onExchange: options.onExchange,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: async (graceMs = 1000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      agent.destroy();
    },
  };
}
