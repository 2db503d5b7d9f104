import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

/** A request as the target read it. */
export interface ReadRequest {
  method: string;
  url: string;
  body: string;
}

/**
 * Test support: a node:http target behind a byte tap, so a test sees both what reached the target as
 * bytes and the requests the target read from them.
 */
export interface TappedUpstream {
  /** The tap's address, to put the proxy in front of. */
  url: string;
  /** `host:port` of the tap, as the proxy writes it into Host. */
  host: string;
  /** Every byte that reached the target so far, latin1. */
  bytes(): string;
  /** Requests the target read to their end, in order; each is answered `ok`. */
  requests: ReadRequest[];
  /** Resolves once no connection to the tap is open (the proxy closed what it opened). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a {@link TappedUpstream} on 127.0.0.1. */
export async function startTappedUpstream(): Promise<TappedUpstream> {
  const requests: ReadRequest[] = [];
  const target = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.end('ok');
    });
  });
  const targetPort = await listen(target);
  let bytes = '';
  const open = new Set<net.Socket>();
  let onIdle: Array<() => void> = [];
  const tap = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    open.add(client);
    client.on('data', (chunk: Buffer) => (bytes += chunk.toString('latin1')));
    client.pipe(upstream).pipe(client);
    // A test helper: a reset is just the end of a connection.
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    upstream.on('close', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      open.delete(client);
      if (open.size === 0) for (const resolve of onIdle.splice(0)) resolve();
    });
  });
  const tapPort = await listen(tap);
  return {
    url: `http://127.0.0.1:${tapPort}`,
    host: `127.0.0.1:${tapPort}`,
    bytes: () => bytes,
    requests,
    idle: () => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => onIdle.push(resolve))),
    close: async () => {
      for (const socket of open) socket.destroy();
      onIdle = [];
      target.closeAllConnections();
      await Promise.all([stop(tap), stop(target)]);
    },
  };
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function stop(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
