import net from 'node:net';
import tls from 'node:tls';
import { ProxyConnection, type Exchange, type UpstreamFailure } from './transport/index.js';

/** Where the proxy listens and where it forwards to. */
export interface ProxyServerOptions {
  target: URL;
  host: string;
  /** 0 picks a free port. */
  port: number;
  captureLimit: number;
  onExchange: (exchange: Exchange) => void;
  /** Each request the target left unanswered (the client got a 502 or a closed connection). */
  onUpstreamFailure?: (failure: UpstreamFailure) => void;
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
 * Starts the recording reverse proxy. Each client connection gets its own connection to the target, and
 * bytes pass through as they are (see {@link ProxyConnection}): no second HTTP server and client per request,
 * which is most of what a node:http proxy costs.
 *
 * @example
 * const proxy = await startProxyServer({ target: new URL('http://127.0.0.1:3000'), host: '127.0.0.1', port: 0,
 *   captureLimit: 1 << 20, onExchange: (e) => recorder.record(e) });
 * await proxy.close();
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<RunningProxy> {
  const { target } = options;
  const secure = target.protocol === 'https:';
  const port = Number(target.port || (secure ? 443 : 80));
  const hostname = target.hostname.replace(/^\[|\]$/g, '');
  const connect = (): net.Socket =>
    secure
      ? tls.connect({ host: hostname, port, servername: net.isIP(hostname) ? undefined : hostname })
      : net.connect({ host: hostname, port, allowHalfOpen: true });
  const connections = new Set<ProxyConnection>();
  const context = {
    target,
    forward: { host: target.host, prefix: target.pathname === '/' ? '' : target.pathname.replace(/\/$/, '') },
    captureLimit: options.captureLimit,
    connect,
    onExchange: options.onExchange,
    onUpstreamFailure: options.onUpstreamFailure ?? (() => undefined),
    onClosed: (connection: ProxyConnection) => connections.delete(connection),
  };
  const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    connections.add(new ProxyConnection(socket, context));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as net.AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    close: async (graceMs = 1000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.stopWhenIdle();
      const timer = setTimeout(() => {
        for (const connection of connections) connection.destroy();
      }, graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}
