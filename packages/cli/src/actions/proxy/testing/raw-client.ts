import net from 'node:net';

/**
 * Test support: writes `bytes` (latin1) on one new connection to `url` and collects what comes back until
 * the server closes the connection or the text so far matches `until`.
 */
export function sendRaw(url: string, bytes: string, until?: RegExp): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes, 'latin1'));
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (until?.test(text)) socket.end();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

/** One raw connection a test writes on in steps. */
export interface RawConnection {
  write(bytes: string): void;
  /** Resolves with everything received once it matches `pattern`. */
  received(pattern: RegExp): Promise<string>;
  /** Ends this side; resolves with everything received once the connection has closed. */
  end(): Promise<string>;
  destroy(): void;
}

/** Test support: opens a {@link RawConnection} to `url`. */
export async function openRaw(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let text = '';
  let waiters: Array<{ pattern: RegExp; resolve: (text: string) => void }> = [];
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
    waiters = waiters.filter((waiter) => !(waiter.pattern.test(text) && (waiter.resolve(text), true)));
  });
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  // A reset is just an end here; what was received is what the test checks.
  socket.on('error', () => undefined);
  return {
    write: (bytes) => void socket.write(bytes, 'latin1'),
    received: (pattern) =>
      pattern.test(text)
        ? Promise.resolve(text)
        : new Promise((resolve) => waiters.push({ pattern, resolve })),
    end: () => {
      socket.end();
      return closed;
    },
    destroy: () => socket.destroy(),
  };
}
